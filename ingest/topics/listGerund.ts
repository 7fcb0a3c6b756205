/**
 * An -ing word that is a whole item of a noun list ("livestock feeds, composting, and other
 * inputs", "excess capacity and overfishing", "warning systems, forecasting and analytics"): the
 * tagger reads it as a verb, so the chunker never makes it a phrase and its topic is lost. It is a
 * noun when the item before it is a common noun and nothing follows it inside its item (a comma,
 * "and"/"or" or the sentence's end comes next), as a verb would take an object; unless the item
 * after it is an -ing word or verb too, a series of acts ("regional cooperation, designing and
 * implementing projects", "promoting and protecting"). Over the commitment sentences of the gold
 * and the sample it reads 33 words, 32 of them nouns (the gold names 12 as topics, "forecasting",
 * "overfishing", "computing"); the verb ("growth and addressing, inter alia, …") takes its
 * object after an aside.
 */
import type { TaggedTerm } from '../entities/tagger';
import { endsClause } from './chunkTerms';

type Term = TaggedTerm;

const ING = /^[a-zß-öø-ɏḀ-ỿ]+ing$/;
const LOWER = /^[a-zß-öø-ɏḀ-ỿ]/;
/** "including", "regarding": they open a list or a complement, never an item of one. */
const OPENERS = /^(?:including|regarding|concerning|following|excluding|pending|according)$/;

function verbOnly(t: Term): boolean {
  return t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective');
}

function commonNoun(t: Term | undefined): boolean {
  return t !== undefined && LOWER.test(t.text) && t.tags.has('Noun') && !t.tags.has('Pronoun');
}

/** Whether a verb or -ing word opens the item after `k` (past its comma or conjunction). */
function actsAfter(terms: readonly Term[], k: number): boolean {
  let j = k + 1;
  if (/^(?:and|or)$/.test(terms[j]?.text ?? '')) j++;
  const next = terms[j];
  return next !== undefined && (ING.test(next.text) || verbOnly(next));
}

/** Whether the -ing word at `k` is an item of a noun list (see the module comment). */
export function isListGerund(terms: readonly Term[], k: number): boolean {
  const term = terms[k]!;
  const prev = terms[k - 1];
  if (!prev || !ING.test(term.text) || !verbOnly(term) || OPENERS.test(term.text)) return false;
  // The item before: "feeds, composting" or "capacity and overfishing".
  const conjoined = /^(?:and|or)$/.test(prev.text) && !endsClause(prev);
  const item = conjoined ? terms[k - 2] : prev;
  if (!commonNoun(item) || verbOnly(item!)) return false;
  if (!conjoined && !/^,\s*$/.test(prev.post)) return false;
  if (conjoined && /[;:.!?)(]/.test(item!.post)) return false;
  // Nothing inside its item after it: a comma, a conjunction or the sentence's end.
  const next = terms[k + 1];
  const closes = !next || /[,.;]/.test(term.post) || /^(?:and|or)$/.test(next.text);
  return closes && !/[;:]/.test(term.post) && !actsAfter(terms, k);
}
