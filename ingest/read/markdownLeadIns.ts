/**
 * Lead-ins of a Markdown paragraph or list item: the bold or plain label that heads a bullet
 * ("**Trade:** We seek …", "-   Trade Facilitation:  Ecuador will …"), dropped from the sentence
 * after it (CONVENTIONS §2), and a list item's running-words label, a sentence of its own.
 */
import type { Token } from 'marked';
import { FUNCTION_WORDS } from '../normalise';
import { unwrap, words } from './markdownInline';

/**
 * "**Expanding our Diplomatic Presence**: We opened …": a bold lead-in ending in a colon, before a
 * sentence of its own, is the bullet's heading (data/gold/README.md, session 11), never the
 * opening words of that sentence. ("**We are taking concrete steps to:** strengthen …" runs on
 * in lowercase: its lead-in is the sentence's subject and stays.)
 */
export function leadIn(
  tokens: readonly Token[],
  inList: boolean,
): { heading: string; rest: string } | undefined {
  const length = boldPrefix(tokens);
  if (length === 0 || length >= tokens.length) return undefined;
  const bold = words(tokens.slice(0, length)).replace(/\s+/g, ' ').trim();
  // Two bold runs are one label only as one phrase: "**Done.** **Next:** We …" opens a sentence.
  if (length > 1 && /[.!?]\s/.test(bold)) return undefined;
  const rest = words(tokens.slice(length));
  if (!(bold.endsWith(':') || /^\s*:/.test(rest))) return undefined;
  const heading = bold.replace(/\s*:$/, '');
  if (
    !LEAD_IN_FOLLOWER.test(rest) &&
    !(inList && LIST_LABEL_FOLLOWER.test(rest) && isLabel(heading))
  )
    return undefined;
  return { heading, rest: rest.replace(/^\s*:/, '') };
}

/**
 * How many leading tokens are the bold label: a bold run, a link whose words are all bold
 * ("[**Establishment of a New Diaspora Council**:](…) The President issued …", "[**African
 * Democratic and Political Transitions (ADAPT)**](…): President Biden announced …": the fact
 * sheet links each bullet's label to its own fact sheet), and several of those with only spaces
 * between ("**Memorandum of Understanding between the** **United States Government …
 * Secretariat:** The United States …", "**The** [**Initiative on Digital Transformation with
 * Africa**](…) **(DTA)**: At the …"), where the writer's editor closed and reopened the bold
 * (gold 2022-12-15 x13: CONVENTIONS §2, bold bullet lead-ins are dropped from the sentence).
 */
function boldPrefix(tokens: readonly Token[]): number {
  let length = 0;
  let bold = 0;
  for (const token of tokens) {
    if (token.type === 'strong' || (token.type === 'link' && boldLink(token.tokens ?? []))) {
      bold++;
      length++;
      // "**The New York Times: **[**At Detroit Auto Show, …**](…)": the label ends at its colon.
      if (/:\s*$/.test(words([token]))) break;
    } else if (bold > 0 && token.type === 'text' && /^[\s\u00A0]*$/.test(token.text ?? '')) {
      length++;
    } else break;
  }
  // The spaces after the last bold run are the sentence's.
  while (length > 0 && tokens[length - 1]!.type === 'text') length--;
  return length;
}

/** A link's words are a bold label: bold runs, and at most a colon or spaces beside them. */
const boldLink = (tokens: readonly Token[]): boolean =>
  tokens.some((token) => token.type === 'strong') &&
  tokens.every(
    (token) =>
      token.type === 'strong' || (token.type === 'text' && /^[\s\u00A0:]*$/.test(token.text ?? '')),
  );

/** What follows a heading lead-in: its colon, if outside the bold, then a capitalised sentence. */
const LEAD_IN_FOLLOWER = /^\s*:?[\s\u00A0]+[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ“"]/;

/**
 * "-   **Pandemic preparedness:** exploring cooperative tech R&D ventures …": in a bullet, a bold
 * label is its heading before a lowercase item too (CONVENTIONS §2: bold bullet lead-ins are
 * bullet headings, dropped from the sentence; gold 2022-07-13 x4, the items' sentences begin
 * lowercase). A bold clause that runs on ("**We are taking concrete steps to:** strengthen …")
 * ends in a word that needs the rest, so it is no label (isLabel), nor is a figure ("**33
 * years:** the amount of time …", helpers' sample: the figure is the item's datum).
 */
const LIST_LABEL_FOLLOWER = /^\s*:?[\s\u00A0]+[a-zß-öø-ɏḀ-ỿ]/;

/**
 * Words a label never ends in: a clause or phrase cut before its object — the closed-class words
 * after which normalise joins a paragraph to the next, and a clause's own open ends.
 */
const OPEN_ENDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, 'are', 'is', 'will', 'we']);

function isLabel(text: string): boolean {
  const last = /([A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+)[^A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]*$/.exec(text)?.[1]?.toLowerCase();
  // Words only: "**$160 billion:** how much …" is a figure and what it measures, one datum.
  return last !== undefined && !OPEN_ENDS.has(last) && /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^.;!?\d$%]*$/.test(text);
}

/**
 * "-   Trade Facilitation:  Ecuador will continue …": a list item's plain label of capitalised
 * words (with "and", "of", "the", "for", "&" between) and a colon, before a capitalised sentence,
 * is the bullet's heading as a bold one is (data/gold/README.md, session 17 C: "Bold bullet
 * lead-ins … are bullet headings and are not part of any sentence"), its bold lost in the
 * archive's conversion. ("Ecuador has committed to …, for example:" has lowercase words: no label.)
 */
const PLAIN_LABEL =
  /^((?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]*)(?:[ \u00A0]+(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]*|and|of|the|for|&)){0,4}):[\s\u00A0]+(?=[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ“"])/;

/** A list item's plain-text label lead-in (PLAIN_LABEL), as leadIn's heading and rest. */
export function plainLeadIn(
  tokens: readonly Token[],
): { heading: string; rest: string } | undefined {
  if (tokens[0]?.type !== 'text') return undefined;
  const text = words(tokens);
  const label = PLAIN_LABEL.exec(text);
  return label ? { heading: label[1]!, rest: text.slice(label[0].length) } : undefined;
}

/**
 * "•   Promote best practices to boost crop yields, agricultural production, and trade:  We intend
 * to work with farmers …": a list item's label in running words (not PLAIN_LABEL's capitalised
 * ones), ending in a colon before a capitalised sentence, is a lead-in of its own (CONVENTIONS §2:
 * "A lead-in ending in ':' is a sentence of its own"; gold 2022-06-13 x4, each label its own
 * sentence with its colon), never the opening words of the sentence after it. No full stop, ";",
 * "!" or "?" inside: a label is one clause. Outside lists ("Make no mistake: …", "To the people of
 * Burma: …") the colon stays inside the sentence (gold 2024-08-23, 2022-01-31).
 */
const LIST_LABEL = /^([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^.;:!?]{2,160}:)[\s\u00A0]+(?=[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ“"])/;

/** A list item split at its running-words label (LIST_LABEL): the label and the sentence after. */
export function listLabel(tokens: readonly Token[]): string[] | undefined {
  if (tokens[0]?.type !== 'text') return undefined;
  const text = words(tokens);
  const label = LIST_LABEL.exec(text);
  // "Recognising the role of … technologies including, but not limited to: EVs, batteries, …":
  // a colon after a word that needs its object ("to", "including") is inside one clause, the
  // words after it that object (gold 2022-12-07: one sentence).
  if (!label || OPEN_ENDS.has(label[1]!.slice(0, -1).trimEnd().split(/\s/).at(-1)!.toLowerCase()))
    return undefined;
  return [...unwrap(label[1]!), ...unwrap(text.slice(label[0].length))];
}
