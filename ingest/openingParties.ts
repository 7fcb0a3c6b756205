/**
 * Who speaks in a statement's opening sentence: "We, the Leaders of the G7, …", "The United States
 * and Mexico …". The countries and bodies named before its verb (ingest/parties.ts).
 */
import { MEETING_VERB } from './entities/meeting';
import type { SegmentedSentence } from './segment';
import type { EntityHit } from './types';

/**
 * "We, the Leaders of …" (or set off by dashes: "We—the governments of …, and the United States of
 * America—meet"), also after a short fronted adjunct ("At our meeting today in Hiroshima,
 * we, the Leaders of the G7, …"; "On July 14, 2022, we, the Heads of Government of …"): group 1 is
 * the appositive from its "we".
 */
export const WE_THE_OPENING =
  /^\s*(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^.;:]{0,120}?,\s+)?(W[Ee](?:,?\s+|\s*[—–]\s*)the\s+(?:[a-zß-öø-ɏḀ-ỿ]+\s+of\s+(?:the\s+)?)?|we(?:,\s+|\s*[—–]\s*)the\s+(?:[a-zß-öø-ɏḀ-ỿ]+\s+of\s+(?:the\s+)?)?(?=[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]))/;

/**
 * The countries or bodies of "We, the Leaders of the G7, …" or "We, the governments of
 * Australia, …, and the United States, recognize …": named before the verb the appositive's
 * closing comma opens (the opening words before the verb, as leadingSubject, without the comma).
 */
export function appositiveParties(sentence: SegmentedSentence, hits: EntityHit[]): string[] {
  const opening = WE_THE_OPENING.exec(sentence.text);
  const rest = opening ? sentence.text.slice(opening[0].length) : '';
  // The fronted adjunct's names ("At the one-year mark of Russia's brutal invasion of Ukraine, we,
  // the Leaders of …") are no speakers: only names after the "we" count.
  const from = sentence.start + (opening ? opening[0].length - opening[1]!.length : 0);
  // (By entity: the forum's short name defined after it, "(the Group)", is no speaker either.)
  const forums = new Set(appositiveForums(sentence, hits));
  const spoken = hits.filter((h) => h.start >= from && !forums.has(h.entityId));
  // A closing dash ends a dash-opened appositive as a comma does ("…, and the United States of
  // America—meet on the occasion of …").
  // "We, the leaders of A, B, and C discussed …": with no comma closing the appositive, its first
  // verb-like lowercase word does (the list's "and"/"the" and a name's particle go on).
  const commaClose =
    /(?:,\s+|\s*[—–]\s*)(?!and(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|the(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))[a-zß-öø-ɏḀ-ỿ]/.exec(
      rest,
    );
  const verbLike =
    /\s(?!(?:and|the|of|for)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|d[’'][A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])[a-zß-öø-ɏḀ-ỿ]/.exec(rest);
  const close = opening ? (commaClose ?? verbLike) : null;
  if (!opening || !close) return leadingSubject(sentence, hits);
  const at = sentence.start + opening[0].length;
  // The appositive lists governments, so a territory there ("the governments of …, French
  // Polynesia, …, New Caledonia") signs as the states beside it do; a place after the verb is the
  // venue ("WE, the Member States of ASEAN and the United States gather on …, in Washington, D.C.,
  // on 12-13 May": no comma closes that list before the city).
  const regionsEnd = at + Math.min(close.index, verbLike?.index ?? close.index);
  const actors = partiesEndingBy(spoken, at + close.index, regionsEnd);
  return actors.length > 0 ? actors : leadingSubject(sentence, hits);
}

/**
 * "We, the Principals of Australia, India, Japan and the United States of the Quad Senior Cyber
 * Group": a body right after a listed state and "of the" is the forum the states sit in, not one
 * more speaker (gold 2023-02-02: "we" is the four states); it acts where it is the subject ("The
 * Group discussed …", five gold commitments there), as a statement's own body does (ownBody.ts).
 */
export function appositiveForums(
  sentence: SegmentedSentence,
  hits: readonly EntityHit[],
): string[] {
  if (!WE_THE_OPENING.test(sentence.text)) return [];
  const forums = hits.filter(
    (hit) =>
      hit.type === 'Organization' &&
      hits.some(
        (state) =>
          state.type === 'Country' &&
          /^\s+of\s+the\s+$/.test(
            sentence.text.slice(state.end - sentence.start, hit.start - sentence.start),
          ),
      ),
  );
  return [...new Set(forums.map((hit) => hit.entityId))];
}

/**
 * Countries or bodies named before the first verb-like lowercase word of a sentence (the
 * lowercase particle of a name, "Côte d’Ivoire", is no verb: the list goes on past it).
 */
export function leadingSubject(sentence: SegmentedSentence, hits: EntityHit[]): string[] {
  const verb =
    /\s(?!(?:and|the|of|for)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|d[’'][A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])[a-zß-öø-ɏḀ-ỿ]/.exec(
      sentence.text,
    );
  return partiesEndingBy(hits, sentence.start + (verb ? verb.index : 0));
}

/**
 * The distinct countries and bodies named (as nouns, not inside a longer name) before `end`, and
 * the regions before `regionsEnd` where the list is of governments.
 */
function partiesEndingBy(hits: readonly EntityHit[], end: number, regionsEnd = -1): string[] {
  const actors = hits.filter(
    (h) =>
      !h.adjectival &&
      !h.nested &&
      h.end <= end &&
      (h.type === 'Country' ||
        h.type === 'Organization' ||
        (h.type === 'Region' && h.end <= regionsEnd)),
  );
  return [...new Set(actors.map((h) => h.entityId))];
}

/**
 * "At the invitation of King Salman …, the leaders of the Gulf Cooperation Council (GCC) member
 * states and the United States met today": a meeting sentence whose subject is the leaders of
 * named parties (not "We, the leaders of …", an appositive) has those parties as its sides; an
 * official it names elsewhere hosts or invites, and is no more a party than the others who met.
 * The subject opens the sentence or follows a fronted adjunct's comma. An italic lead note
 * capitalises it and lists the parties one by one ("Today, the Leaders of Canada, the European
 * Commission, the European Council, France, …, and the United States met on the margins of the G20
 * Summit in Bali and released the following statement:", gold 2022-11-15: its "We" is the eleven).
 */
const LEADERS_OF_MET =
  /(?:^\s*|,\s+)(?:[Tt]he\s+)?(?:[Ll]eaders|[Hh]eads of [Ss]tate(?: and [Gg]overnment)?)\s+of\s+(.{1,200}?),?\s+(?:met|gathered|convened)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

/** The sides a "the leaders of A and B met" meeting sentence names (two at least), else none. */
export function leadersOfParties(sentence: SegmentedSentence, hits: EntityHit[]): string[] {
  if (/^\s*We(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(sentence.text)) return [];
  const match = LEADERS_OF_MET.exec(sentence.text);
  if (!match) return [];
  const from = sentence.start + match.index + match[0].indexOf(match[1]!);
  const to = from + match[1]!.length;
  const sides = partiesEndingBy(
    hits.filter((h) => h.start >= from),
    to,
  );
  return sides.length > 1 ? sides : [];
}

/**
 * The sides of the statement's meeting sentence, when its subject is "the leaders of A and B"; with
 * no meeting sentence (one names its officials), a lead note of the first sentences that lists the
 * parties met does ("Today, the Leaders of Canada, …, and the United States met on the margins of
 * the G20 Summit in Bali and released the following statement:": its "We" is those eleven, not
 * the groupings the title names, gold 2022-11-15).
 */
export function leadersOfOpening(
  early: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
  meetingSentence: SegmentedSentence | undefined,
): string[] {
  const sidesOf = (s: SegmentedSentence) => leadersOfParties(s, hitsBySentence.get(s.index) ?? []);
  if (meetingSentence) return sidesOf(meetingSentence);
  for (const s of early) {
    if (!MEETING_VERB.test(s.text)) continue;
    const sides = sidesOf(s);
    if (sides.length > 0) return sides;
  }
  return [];
}
