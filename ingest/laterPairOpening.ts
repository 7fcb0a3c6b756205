/**
 * A first-person text whose title and opening name no party ("Partnership for Workers’ Rights":
 * "Our Administrations reaffirm …") names its parties a little later as the coordinated subject of
 * a clause of its own ("Last year, the United States and Brazil launched the Partnership …"): those
 * countries are who "we" and "our" are. Only a last resort, where nothing else found a signatory.
 */
import { leadingSubject } from './openingParties';
import type { SegmentedSentence } from './segment';
import type { EntityHit } from './types';

/** How far into the text the parties may first be named (sentences). */
const WITHIN = 6;

/** A text speaking as "we"/"our", in the sentences the parties are looked for in. */
const FIRST_PERSON = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:[Ww]e|[Oo]ur|[Uu]s)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ'’])/;

/** A single speaker ("my Administration", "I"): one party, never a pair acting as "we". */
const FIRST_PERSON_SINGULAR = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:I|[Mm]y|me)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ'’])/;

/** A short fronted adjunct before the subject ("Last year, ", "In 2023, "). */
const FRONTED = /^\s*[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^,;:]{0,40},\s+/;

export function laterPairOpening(
  sentences: SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
): string[] {
  const early = sentences.slice(0, WITHIN);
  if (!early.some((s) => FIRST_PERSON.test(s.text))) return [];
  if (sentences.some((s) => FIRST_PERSON_SINGULAR.test(s.text))) return [];
  for (const sentence of early) {
    const cut = FRONTED.exec(sentence.text)?.[0].length ?? 0;
    const rest: SegmentedSentence = {
      ...sentence,
      text: sentence.text.slice(cut),
      start: sentence.start + cut,
    };
    const hits = (hitsBySentence.get(sentence.index) ?? []).filter((h) => h.start >= rest.start);
    // Two countries or more, joined as one subject: a pair that acts together.
    const countries = leadingSubject(rest, hits).filter(
      (id) => hits.find((h) => h.entityId === id)?.type === 'Country',
    );
    if (countries.length >= 2 && /^\s*(?:[Tt]he\s+)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]/.test(rest.text))
      return countries;
  }
  return [];
}
