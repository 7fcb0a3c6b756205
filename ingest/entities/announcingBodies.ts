/**
 * "Builders Vision is also committing $100 million …", "Lumen Technologies will invest …",
 * "DoorDash will partner with 18 cities …": fact sheets list what companies and foundations
 * undertake, each named once, bare, at the head of its own paragraph, with no kind noun, no legal
 * form and no head word a finder reads (privateBodies.ts needs one of those). A sentence that opens
 * on such a name and goes straight on with an announcing verb (data/rules/names.json
 * announcingVerbs) names a private body acting for itself (gold conventions 3.4, §7).
 *
 * Guards against the other capitalised openers: a single word needs an inner capital or dot
 * ("BlackRock", "Realtor.com"; "Treasury", "Agencies", "Zipline" cannot be told apart by shape);
 * no determiner ("The Forum will …" is the statement's own mechanism); no acronym first ("NOAA
 * Fisheries", "USTDA": agencies); no given name first ("Fabiana Jorge will continue serving"),
 * title word or clause opener; no head word last ("… Bank Group will invest": the head finders type
 * it, and a bank or council is no evident private body).
 */
import { GIVEN_NAMES } from '../rules/givenNameList';
import { HEAD_TYPES, NAME_RULES } from '../rules/names';
import { alternation, TITLE_WORDS } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { entityIdFor } from './candidateAt';
import { overlapsAny, placeHit } from './placeHit';

const WORD = String.raw`[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ&’'.-]*`;
/**
 * An optional fronted adverbial ("In addition, ", "At COP26, ", "Finally, ": up to five words and
 * a comma, group 1), the name (group 2), an optional adverb, an announcing verb ("will" before a
 * lowercase verb). A fact sheet's later paragraphs open so as often as bare: "In addition,
 * Bloomberg Philanthropies will help develop …" is the body's own announcement all the same.
 */
const FRONT_WORD = String.raw`[^\s,;:.“”"()]+`;
/**
 * An appositive describing the name between commas (group 3): "LeapFrog Investments, an impact
 * investment firm operating in emerging markets, has committed …", "Nayak Farms, a 200-acre farm in
 * Illinois, will work …" (gold 2023-07-10; sample fact sheets 2022-09-28, 2022-11-02, 2024-03-13):
 * the fact sheet names the body, says what it is, then what it undertakes. An article opens it; a
 * place after its own comma may end it ("… contractor in Atlanta, Georgia,").
 */
const DESCRIPTION = ', ((?:a|an|the) [^,;:()“”"]{3,160}(?:, [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^,;:()“”"]{0,30})?),';
const OPENING = new RegExp(
  String.raw`^(${FRONT_WORD}(?: ${FRONT_WORD}){0,4}, )?(${WORD}(?: ${WORD}){0,3})(?:${DESCRIPTION})? (?:(?:${alternation(NAME_RULES.announcingAdverbs)}) )?(?:${alternation(
    NAME_RULES.announcingVerbs,
  )})(?= [a-zß-öø-ɏḀ-ỿ$0-9])`,
);
/** The words of an appositive, to find one that names no private body ("a finance program"). */
const DESCRIPTION_WORD = /[a-zß-öø-ɏḀ-ỿ-]+/g;

function describesNonBody(description: string | undefined): boolean {
  if (description === undefined) return false;
  return (description.match(DESCRIPTION_WORD) ?? []).some((word) =>
    NAME_RULES.describedNonBodies.has(word.replace(/s$/, '')),
  );
}
const ACRONYM = /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]{2,}$/; // "NOAA", "SK": an agency's or programme's letters
const INNER_MARK = /^.[\wÀ-ÖØ-öø-ɏḀ-ỿ&’'-]*(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]|\.[a-zß-öø-ɏḀ-ỿ])/; // "DoorDash", "Realtor.com"

function barred(word: string): boolean {
  return (
    TITLE_WORDS.has(word) ||
    NAME_RULES.openers.has(word) ||
    GIVEN_NAMES.has(word) ||
    ACRONYM.test(word.replace(/[.’'-]/g, ''))
  );
}

/** The announcing name a sentence opens on, as offsets within the sentence, if it has one. */
export function announcingName(text: string): { start: number; end: number } | undefined {
  const match = OPENING.exec(text);
  if (!match) return undefined;
  const name = match[2]!;
  const start = match[1]?.length ?? 0;
  if (name.endsWith('.')) return undefined; // "Corp." would already have a suffix finder's hit
  if (describesNonBody(match[3])) return undefined;
  const words = name.split(' ');
  if (barred(words[0]!)) return undefined;
  if (words.length === 1 && !INNER_MARK.test(name)) return undefined;
  // "Chef Andrew Zimmern will work with …": a person, whatever the word before the given name.
  // "Quad Leaders will listen …": a title's plural names the people, not a body.
  if (
    words.some(
      (word) =>
        TITLE_WORDS.has(word) || TITLE_WORDS.has(word.replace(/s$/, '')) || GIVEN_NAMES.has(word),
    )
  )
    return undefined;
  // "The Lab", "African Development Bank Group": a head word's name is the head finders' to type.
  if (HEAD_TYPES.has(words.at(-1)!)) return undefined;
  return { start, end: start + name.length };
}

/** An Organization for each announcing name no other hit covers. */
export function placeAnnouncingBodies(
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
): void {
  // "… from Cook County, Illinois …" then "In July 2022, Cook County announced …": a name the
  // document already reads as a place or another kind of thing keeps that reading.
  const otherwise = new Set<string>();
  for (const hits of hitsBySentence.values())
    for (const hit of hits) if (hit.type !== 'Organization') otherwise.add(hit.text);
  for (const sentence of sentences) {
    const at = announcingName(sentence.text);
    if (!at) continue;
    const start = sentence.start + at.start;
    const end = sentence.start + at.end;
    const hits = hitsBySentence.get(sentence.index) ?? [];
    // ("LeapFrog Investments, an impact investment firm …": a topic word inside the name is part
    // of the name, as a lexicon topic inside any longer name is.)
    const inside = (hit: EntityHit) => hit.type === 'Topic' && hit.start >= start && hit.end <= end;
    if (overlapsAny(hits, start, end, (hit) => !inside(hit))) continue;
    const text = sentence.text.slice(at.start, at.end);
    if (otherwise.has(text)) continue;
    const hit: EntityHit = {
      entityId: entityIdFor('Organization', text),
      type: 'Organization',
      start,
      end,
      text,
    };
    placeHit(hitsBySentence, sentence.index, hits, hit, inside);
  }
}

/** Whether the hit is the announcing name its sentence opens on (a private body: §7). */
export function announcesItself(sentence: SegmentedSentence, hit: EntityHit): boolean {
  if (hit.type !== 'Organization') return false;
  const at = announcingName(sentence.text);
  return (
    at !== undefined &&
    sentence.start + at.start === hit.start &&
    sentence.start + at.end === hit.end
  );
}
