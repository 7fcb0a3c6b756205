/**
 * Nested lists: an item that ends in a colon opens a list of its own under the list it belongs to
 * ("… pledge to work … on the following lines of effort: / Identifying near-term investment
 * opportunities …, with initial focuses on the following clean energy components: / Solar wafers
 * and wafer manufacturing equipment … / Wind turbine nacelle components / … / Collaborating with
 * the private sector …"). Its sub-items are bare noun-phrase lines, no sentence of their own, each
 * a commitment of the lead-in's actors (CONVENTIONS §2 and §5: bullets under a lead-in are
 * sentences, verbless bullets under a commitment lead-in its commitments; gold 2024-09-21, six
 * sub-items), and the outer list's items go on after them (three more there). Read as the lines
 * of an unknown list, the sub-items were passed over as introductory lines until the lead-in ran
 * out and the outer items after them were lost.
 */
import type { Commitment } from '../../contract/extraction';
import { tagTexts } from '../entities/tagger';

/** The head of a sub-item: its words up to a coordinator, a preposition, a comma or the end. */
const SUB_ITEM_HEAD =
  /^([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ0-9][\wÀ-ÖØ-öø-ɏḀ-ỿ’'.&/-]*(?:\s+[\wÀ-ÖØ-öø-ɏḀ-ỿ’'.&/-]+)*?)(?=\s+(?:and|or|&|including|for|to|in|of|with|on|from|across|between|through)\s|\s*[,(]|\s*$)/;

/** A line that ends a sentence or a clause: a sub-item is a bare phrase line. */
const PUNCTUATED = /[.;:!?]["'”’)]*$/;

/** Longest sub-item read (words): a longer line is a paragraph, no bullet. */
const MAX_WORDS = 25;

/**
 * The head of a verbless sub-item under a nested `commit` lead-in ("Wind turbine nacelle
 * components", "Battery packs for 2- and 3-wheel electric vehicles …" → "Battery packs"), else
 * undefined: a line with a verb, a pronoun or a determiner first, or punctuated as a sentence.
 */
export function subItemHead(text: string, stance: Commitment['stance']): string | undefined {
  const line = text.trim();
  if (stance !== 'commit' || PUNCTUATED.test(line)) return undefined;
  if (line.split(/\s+/).length > MAX_WORDS) return undefined;
  const head = SUB_ITEM_HEAD.exec(line)?.[1];
  if (!head) return undefined;
  const terms = tagTexts([line])[0] ?? [];
  const first = terms[0]?.tags;
  if (!first || !(first.has('Noun') || first.has('Adjective') || first.has('Value')))
    return undefined;
  if (first.has('Pronoun') || first.has('Determiner') || first.has('Preposition')) return undefined;
  // An auxiliary, a modal or a past verb makes it a clause ("Tribal communities will receive …",
  // "Workers received …"); a bare present form is a noun the tagger misreads in a phrase line
  // ("Battery packs for …", "3-wheel"), and gerunds modify nouns ("manufacturing equipment").
  const finite = terms.some(
    (t) =>
      t.tags.has('Auxiliary') ||
      t.tags.has('Modal') ||
      t.tags.has('Copula') ||
      (t.tags.has('PastTense') && !t.tags.has('Participle')),
  );
  return finite ? undefined : head;
}
