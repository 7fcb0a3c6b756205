/**
 * A readout that names its counterparts only as a group ("spoke today with his counterparts from
 * the five Nordic countries", "with the Bucharest Nine (B9) group") and lists who they were in a
 * closing sentence: "Countries participating in today's call were Denmark, Finland, …", "Joining
 * the call were the following leaders: <one per line>", "The Bucharest Nine members are …". The
 * listed officials, or failing them the listed countries, took part, so "They", "Participants"
 * and "The leaders" are the convener with them (gold 2021-12-09, 2021-12-16, 2022-01-04: every
 * later group subject has all the listed sides as actors).
 */
import { countriesWithListedBodies } from './listedParties';
import type { SegmentedSentence } from './segment';
import type { EntityHit } from './types';

/** A sentence that says who took part, with the list after it or in it. */
const PARTICIPANT_LIST =
  /^(?:Joining (?:the|today[’']s) (?:call|meeting|session|discussion|summit)s? (?:were|was)|(?:The )?(?:[Cc]ountries|[Ll]eaders|[Oo]fficials|[Gg]overnments|[Dd]elegations) (?:participating|who participated|that participated|represented) (?:in|at) (?:the|today[’']s|this|yesterday[’']s) (?:[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+ )?(?:call|meeting|session|discussion|summit|dialogue)s? (?:were|included)|The [^.,;:]{1,40} members are )/;

/** A list announced by a colon runs over the next lines while each names an official. */
const OPENS_LIST = /:\s*$/;

/** The participants a closing list names after the meeting sentence (ids, text order). */
export function listedParticipants(
  sentences: readonly SegmentedSentence[],
  hitsBySentence: ReadonlyMap<number, EntityHit[]>,
  after: number,
): string[] {
  const out: string[] = [];
  const officialsIn = (index: number) =>
    (hitsBySentence.get(index) ?? []).filter((h) => h.type === 'Official').map((h) => h.entityId);
  for (const sentence of sentences) {
    if (sentence.index <= after || !PARTICIPANT_LIST.test(sentence.text)) continue;
    const hits = hitsBySentence.get(sentence.index) ?? [];
    const officials = officialsIn(sentence.index);
    if (OPENS_LIST.test(sentence.text)) {
      for (let i = sentence.index + 1; i < sentences.length; i++) {
        const listed = officialsIn(i);
        if (listed.length === 0) break;
        officials.push(...listed);
      }
    }
    out.push(
      ...(officials.length > 0
        ? officials
        : countriesWithListedBodies(hits, sentence.text, sentence.start)),
    );
  }
  return [...new Set(out)];
}
