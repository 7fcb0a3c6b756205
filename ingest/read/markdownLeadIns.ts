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
  const first = tokens[0];
  if (tokens.length < 2 || first?.type !== 'strong') return undefined;
  const bold = words([first]).replace(/\s+/g, ' ').trim();
  const rest = words(tokens.slice(1));
  if (!(bold.endsWith(':') || /^\s*:/.test(rest))) return undefined;
  const heading = bold.replace(/\s*:$/, '');
  if (
    !LEAD_IN_FOLLOWER.test(rest) &&
    !(inList && LIST_LABEL_FOLLOWER.test(rest) && isLabel(heading))
  )
    return undefined;
  return { heading, rest: rest.replace(/^\s*:/, '') };
}

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
  return label ? [...unwrap(label[1]!), ...unwrap(text.slice(label[0].length))] : undefined;
}
