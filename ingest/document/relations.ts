/**
 * The document-level relations (extract.ts, second step): who represents which country, who signed,
 * where the meeting was and who took part in it. Sets the meeting's date and place on the registry.
 */
import type { Relation } from '../../contract/extraction';
import type { Lexicon } from '../lexicon';
import type { SourceDocument } from '../types';
import type { DocumentEntities } from './entities';

export interface DocumentRelations {
  relations: Relation[];
  place: string | undefined;
}

export function documentRelations(
  lexicon: Lexicon,
  doc: SourceDocument,
  docId: string,
  text: string,
  found: DocumentEntities,
): DocumentRelations {
  const { registry, represents, parties, recognition, titleMeeting } = found;
  const relations: Relation[] = [];
  for (const [official, country] of represents) {
    if (!registry.has(country))
      registry.ensure(country, 'Country', lexicon.entities.get(country)?.name ?? country);
    const title = registry.get(official)?.attributes?.title;
    relations.push({
      type: 'REPRESENTS',
      from: official,
      to: country,
      ...(title ? { props: { title } } : {}),
    });
  }

  for (const country of parties.signatories) {
    relations.push({ type: 'SIGNED', from: country, to: docId });
  }

  // Place: the document's own, else where the meeting sentence says they met.
  let place = doc.place;
  if (!place && parties.meetingSentence) {
    const s = parties.meetingSentence;
    const venue = (recognition.hitsBySentence.get(s.index) ?? []).find(
      (hit) =>
        hit.type === 'Region' &&
        /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:in|at)\s+(?:the\s+)?$/.test(text.slice(s.start, hit.start)),
    );
    if (venue) place = registry.get(venue.entityId)?.name;
  }

  // The meeting as an Event, when named.
  let meetingId: string | undefined;
  if (titleMeeting) {
    meetingId = titleMeeting.id;
    registry.setAttributes(meetingId, {
      ...(doc.date ? { date: doc.date } : {}),
      ...(place ? { place } : {}),
    });
  } else if (parties.meetingSentence) {
    const s = parties.meetingSentence;
    meetingId = (recognition.hitsBySentence.get(s.index) ?? []).find(
      (hit) =>
        hit.type === 'Event' &&
        /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:at|during|on the margins of)\s+(?:the\s+)?$/.test(
          text.slice(s.start, hit.start),
        ),
    )?.entityId;
  }
  if (meetingId) {
    for (const official of parties.officials) {
      relations.push({ type: 'PARTICIPATED_IN', from: official, to: meetingId });
    }
  }
  return { relations, place };
}
