/**
 * Paragraphs, section headings and sentences of the normalised text, each with offsets such that
 * `text.slice(start, end)` is exactly the unit's text.
 */
import { FUNCTION_WORDS } from './normalise';
import { SEGMENTATION } from './rules/segmentation';
import { TITLE_RULES } from './rules/titles';

export interface Paragraph {
  start: number;
  end: number;
  text: string;
  heading: boolean;
}

export interface SegmentedSentence {
  index: number;
  start: number;
  end: number;
  text: string;
  section?: string;
  paragraph: number;
}

/** Tokens ending in "." that do not end a sentence. Lowercased, without the final period. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(SEGMENTATION.abbreviations);

/**
 * After an initialism like "U.S." a sentence can still end ("… in Washington, D.C. During the
 * meeting, …"); these openers (segmentation.json sentenceOpeners) say it did. Each is a
 * closed-class word (pronoun, determiner, preposition, connective) that cannot continue a name or
 * title, so "U.S. President", "D.C. Mayor" or "U.S. Under Secretary" stay one sentence ("Under"
 * is left out for that reason). A plural noun opener followed by a possessive ("ASEAN-U.S.
 * Leaders' Statement") is a name.
 */
const SENTENCE_OPENERS = new RegExp(
  `^(?:${SEGMENTATION.sentenceOpeners.join('|')}|(?:${SEGMENTATION.openersUnlessPossessive.join('|')})(?![’']))(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
);

/**
 * After an initialism that closes a place name, a title it has no holder of and a capitalised
 * name opened a new sentence (segmentation.json placeFinalInitialisms): "… Special Summit in
 * Washington, D.C. President Biden highly valued …" (gold 2023-09-11), while "U.S. President
 * Biden" (not listed) and "Washington, D.C. Mayor's Office" (not a listed title) stay one name.
 */
const TITLE_AFTER_PLACE: ReadonlyMap<string, RegExp> = new Map(
  Object.entries(SEGMENTATION.placeFinalInitialisms).map(([initialism, titles]) => [
    initialism,
    new RegExp(
      `^(?:${titles.map((title) => title.replaceAll(' ', '\\s+')).join('|')})\\s+[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]`,
    ),
  ]),
);

/** Abbreviations that close a name ("Lloyd M. Bentsen, Jr.", "Alltel Corp."), so may end a sentence. */
const NAME_FINAL: ReadonlySet<string> = new Set(SEGMENTATION.nameFinalAbbreviations);

/** A short line without final punctuation, starting with a capital: a section heading. */
export function isHeading(text: string): boolean {
  if (text.length > 120) return false;
  if (/[.!?;:,]["'”’)]*$/.test(text)) return false;
  // "Encouraging reporting …; and": a list item closed by its conjunction is a sentence.
  if (/;\s+(?:and|or)$/.test(text)) return false;
  // "Promoting innovation and technology … in food systems by": a bullet whose nested bullets
  // finish it ends on a function word, as no heading does (gold 2023-05-20).
  if (FUNCTION_WORDS.has(text.slice(text.lastIndexOf(' ') + 1))) return false;
  if (!/^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ0-9"“]/.test(text)) return false;
  const words = text.split(/\s+/);
  return words.length <= 14;
}

/**
 * A line that is only a name ("Argentina", "Secretary Marco Rubio", "Sir Tony Blair"): a few
 * capitalised words, the lowercase ones only the joiners inside names and the words of a person's
 * name particles (titles.json nameParticles: 'bin', 'de la', 'von der').
 */
const NAME_LINE_WORD = `(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\p{L}’'.-]*|of|and|the|for|${[
  ...new Set(
    TITLE_RULES.nameParticles
      .flatMap((particle) => particle.split(' '))
      .filter((word) => /^[a-zß-öø-ɏḀ-ỿ]/.test(word)),
  ),
].join('|')})`;
const NAME_LINE = new RegExp(`^${NAME_LINE_WORD}(?: ${NAME_LINE_WORD}){0,7}$`, 'u');

/**
 * "The appointed members are:" / "… indicated their support for the Global Methane Pledge:" and
 * then one name per line: the lines are the lead-in's list items, sentences of their own (gold
 * conventions §2: bullets under a lead-in are sentences, name lines under a lead-in too), not
 * section headings, so the countries and people they name are declared (gold 2021-09-18,
 * 2026-01-16). Only a run of three or more name lines right after the lead-in: one short line
 * after a colon is a bold heading over its paragraph ("Expanding Agricultural Trade"), and two are
 * a section heading over a bold lead-in ("Here's what they are saying:" / "Senators" / "Senate
 * Majority Leader Chuck Schumer: …", helpers' sample).
 */
function unheadListedNames(paragraphs: Paragraph[]): void {
  for (let i = 1; i < paragraphs.length; i++) {
    if (!paragraphs[i - 1]!.text.endsWith(':')) continue;
    // "… we have identified the following five initial priorities …: / Strengthening regional
    // competitiveness and integration / Fostering shared prosperity …": a run of gerund lines is
    // the lead-in's list too (CONVENTIONS §5 By genre: verbless bullets under a commitment
    // lead-in are its commitments; gold 2023-11-03), not one heading after another.
    const line = GERUND_LINE.test(paragraphs[i]!.text) ? GERUND_LINE : NAME_LINE;
    const item = CLAUSE_LEAD_IN.test(paragraphs[i - 1]!.text)
      ? listItemLine
      : (p: Paragraph) => p.heading && line.test(p.text);
    const items = new Set<string>();
    let end = i;
    for (; end < paragraphs.length && item(paragraphs[end]!); end++) {
      // A line that repeats an item over a paragraph is the section heading over that item's
      // text (a nomination's "David Crane, Nominee for …" over his biography): the list ended.
      const next = paragraphs[end + 1];
      if (items.has(paragraphs[end]!.text) && next && !item(next)) break;
      items.add(paragraphs[end]!.text);
    }
    if (end - i < 3) continue;
    for (let k = i; k < end; k++) paragraphs[k]!.heading = false;
    i = end;
  }
}

/**
 * A lead-in that is a clause ("During the meeting, participants discussed the four pillars that
 * form the joint vision of the HLED:", "… with initial focuses on the following clean energy
 * components:"), five lowercase words or more, announces items of any shape: its lines are
 * sentences (CONVENTIONS §2: bullets under a lead-in are sentences of their own; gold 2021-09-09
 * x4, 2024-09-21 x6), whatever words they hold. A label ("Annex:", "Fact Sheets from Interagency
 * Partners:") may head sections, so only name or gerund lines are its items.
 */
const CLAUSE_LEAD_IN = /(?:(?:^|\s)[a-zß-öø-ɏḀ-ỿ][^\s]*(?:\s+\S+)*?){5}/;

/**
 * A list item's line: a heading's shape, or one too many words for a heading ("Battery packs for
 * 2- and 3-wheel electric vehicles (EVs) and zero-emission e-bus and truck components") but still
 * no longer than a heading and without a sentence's or a lead-in's final punctuation.
 */
const listItemLine = (p: Paragraph): boolean =>
  p.heading ||
  (p.text.length <= 120 &&
    !/[.!?;:,\]]["'”’)]*$/.test(p.text) &&
    /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]/.test(p.text));

/** A line opening with a capitalised -ing word and going on in lowercase: "Building … ". */
const GERUND_LINE = /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]{2,}ing\s+[a-zß-öø-ɏḀ-ỿ]/;

function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const body = match[0];
    const leading = body.length - body.trimStart().length;
    const trimmed = body.trim();
    if (!trimmed) continue;
    const start = match.index + leading;
    paragraphs.push({
      start,
      end: start + trimmed.length,
      text: trimmed,
      heading: isHeading(trimmed),
    });
  }
  unheadListedNames(paragraphs);
  return paragraphs;
}

function isAbbreviation(before: string, after: string): boolean {
  // The last whitespace-free run (`/(\S+)$/`), read back from the end: the regex tried every
  // position of the paragraph before each full stop.
  let from = before.length;
  while (from > 0 && !/\s/.test(before[from - 1]!)) from--;
  const token = before.slice(from);
  // "Japan-Australia-India-U.S. (Quad)": an initialism closing a hyphenated compound is one too.
  const bare = token
    .replace(/^[("“'‘[]+/, '')
    .replace(/^.*[-–/](?=(?:[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]\.)+[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]$)/, '')
    .toLowerCase();
  if (ABBREVIATIONS.has(bare)) return !(NAME_FINAL.has(bare) && SENTENCE_OPENERS.test(after));
  // Single initials ("Joseph R. Biden") never end a sentence.
  if (/^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]$/.test(bare)) return true;
  // Initialisms ("U.S.", "U.N."): only an unmistakable sentence opener after them ends it.
  if (/^(?:[a-zß-öø-ɏḀ-ỿ]\.)+[a-zß-öø-ɏḀ-ỿ]$/.test(bare))
    return !SENTENCE_OPENERS.test(after) && !TITLE_AFTER_PLACE.get(bare)?.test(after);
  return false;
}

/**
 * A paragraph number ("1. We have convened …", "(b) The Parties …"): numbered communiqués write
 * one before each paragraph, often with a no-break space, so the list parser leaves it in the
 * text. It is no sentence of its own and no word of the first one. Typed without its space
 * ("1.Infrastructure should be climate resilient …", gold 2021-11-02 x5) it is one still before a
 * capitalised word ("4.A new paradigm …"): no decimal ("1.5 degrees") or initialism ("U.S.") reads so.
 */
const PARAGRAPH_NUMBER =
  /^(?:(?:\(?(?:\d{1,3}|[a-zß-öø-ɏḀ-ỿ]|[ivx]{1,5})[.)]|\[\d{1,2}\])[\s\u00A0\u202F]+(?=\S)|\d{1,3}\.(?=[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ\s]))/;

/** A lowercase letter, the class the typing-slip boundaries below read. */
const LOWER = '[a-zß-öø-ɏḀ-ỿ]';
const CAPITAL = '[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]';

/**
 * Where a sentence ends, each alternative a shape of the releases:
 * - a full stop, "!" or "?" (closing quotes and brackets kept, a footnote mark "[1]" too:
 *   "… a zone of peace and cooperation.[1] We intend …") before a capitalised word;
 * - a period glued to the next sentence ("global supply chains.They also discussed …"): a typing
 *   slip (45 in the archive, all true boundaries), taken only after a lowercase word and before an
 *   unmistakable sentence opener, so "U.S.They" or a URL never is (its lookbehind comes after the
 *   full stop it reads: the search then skips to punctuation instead of looking behind every
 *   character);
 * - no full stop at all before "We" and a lowercase word ("… use of technology globally We will
 *   strengthen …"): "We" is capitalised only where a sentence opens (gold CONVENTIONS §2, s31 B;
 *   2 in the gold texts and the sample, both true boundaries); the match is the space, which no
 *   sentence keeps;
 * - the colon of a lead-in that announces its items (segmentation.json leadInColons: "… as
 *   follows: No Section 232 tariffs will apply …") before a capitalised sentence, which CONVENTIONS
 *   §2 makes a sentence of its own; any other colon ("Make no mistake: …") stays inside.
 */
const BOUNDARIES = [
  `[.!?]+["'”’)\\]]*(?:\\[\\d{1,2}\\])?(?=\\s+["“‘(]?${CAPITAL.slice(0, -1)}0-9])`,
  `\\.(?<=${LOWER}{3}\\.)(?=${SENTENCE_OPENERS.source.slice(1)})`,
  `:(?<=(?:${SEGMENTATION.leadInColons.join('|')}):)(?=\\s+["“]?${CAPITAL})`,
];
const BOUNDARY = new RegExp(BOUNDARIES.join('|'), 'g');
/** With the missing-stop "We" boundary: only for a paragraph with " We " (it tries every space). */
const BOUNDARY_WE = new RegExp(
  [...BOUNDARIES, `\\s(?=We\\s+${LOWER})(?<=${LOWER}{3}\\s)`].join('|'),
  'g',
);

/**
 * A full stop typed twice with a space between ("… General Assembly. . We call on …", gold
 * 2021-06-10): the boundary is found at the second, which is no word of the sentence; an ellipsis
 * ("the vehicle . . . During") has a space before its first stop and stays.
 */
const STRAY_STOP = /(?<=[^\s.][.!?]["'”’)]*)\s+\.$/;

/** Sentence ranges within one paragraph (absolute offsets). */
function splitSentences(paragraph: string, offset: number): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const boundary = new RegExp((paragraph.includes(' We ') ? BOUNDARY_WE : BOUNDARY).source, 'g');
  let start = PARAGRAPH_NUMBER.exec(paragraph)?.[0].length ?? 0;
  boundary.lastIndex = start;
  for (let match = boundary.exec(paragraph); match; match = boundary.exec(paragraph)) {
    const end = match.index + match[0].trimEnd().length;
    const before = paragraph.slice(start, match.index);
    const after = paragraph.slice(end).trimStart();
    if (match[0].startsWith('.') && match[0].length === 1 && isAbbreviation(before, after))
      continue;
    // Read only where a full stop follows a space, the rare case (no slice per sentence).
    const stray =
      match[0] === '.' && /\s/.test(before.at(-1) ?? '')
        ? (STRAY_STOP.exec(`${before}.`)?.[0].length ?? 0)
        : 0;
    ranges.push({ start, end: end - stray });
    start = end;
    while (start < paragraph.length && /\s/.test(paragraph[start]!)) start++;
  }
  if (start < paragraph.length) ranges.push({ start, end: paragraph.trimEnd().length });
  return ranges
    .filter((range) => range.end > range.start)
    .map((range) => ({ start: range.start + offset, end: range.end + offset }));
}

export function segment(text: string): { paragraphs: Paragraph[]; sentences: SegmentedSentence[] } {
  const paragraphs = splitParagraphs(text);
  const sentences: SegmentedSentence[] = [];
  let section: string | undefined;
  paragraphs.forEach((paragraph, paragraphIndex) => {
    if (paragraph.heading) {
      section = paragraph.text;
      return;
    }
    for (const range of splitSentences(paragraph.text, paragraph.start)) {
      sentences.push({
        index: sentences.length,
        start: range.start,
        end: range.end,
        text: text.slice(range.start, range.end),
        paragraph: paragraphIndex,
        ...(section ? { section } : {}),
      });
    }
  });
  return { paragraphs, sentences };
}
