/**
 * A verb whose act is the topic, with its object: "withdraw its military forces" → "withdrawal of
 * military forces", "reform the World Health Organization" → "reform of the World Health
 * Organization" (the thesaurus then gives the concept "World Health Organization reform"). The
 * verbs are data (data/rules/topic-quality.json `verbNominals`); the chunker alone would leave the
 * bare object ("military forces"), which is not what the clause asks for.
 */
import type { TaggedTerm } from '../entities/tagger';
import { TOPIC_QUALITY } from '../rules/topicQuality';
import { chunks } from './chunks';

export interface VerbObject {
  /** Sentence-relative span: the verb to the end of its object. */
  start: number;
  end: number;
  /** Where the object's noun phrase starts: the chunk there is read as this topic, not alone. */
  objectStart: number;
  /** False when the object is a coordination: only its first conjunct is the verb's topic here. */
  replacesObject: boolean;
  names: string[];
}

interface Named {
  start: number;
  end: number;
  /** "the Russian military troops": a nationality modifies the object, it is not the object. */
  adjectival: boolean;
}

/** Words before a verb that make it one: "to", a preposition before an -ing form. */
const VERB_OPENER = /^(?:to|by|in|of|for|on|through)$/i;
/** What opens a verb's object. */
const OBJECT_OPENER = /^(?:the|its|their|our|his|her|this|these|those|all|any)$/i;
const ADVERB = /^\p{Ll}+ly$/u;
/** Longest object, in words: longer is a clause. */
const MAX_OBJECT_WORDS = 4;

function isVerb(term: TaggedTerm | undefined): boolean {
  return term?.tags.has('Verb') === true && !term.tags.has('Noun');
}

function endsClause(term: TaggedTerm): boolean {
  return /[,;:.!?)(]/.test(term.post);
}

/**
 * True when the term at `k` stands as a verb: after "to" or a preposition ("committed to
 * withdrawing"), adverbs between ("completely and unconditionally withdraw"), or after "and"
 * coordinated with a verb ("evade and circumvent") or before an article ("… and reform the WHO").
 */
function standsAsVerb(terms: TaggedTerm[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (ADVERB.test(terms[j]!.text) || terms[j]!.text === 'and') && j > k - 5) {
    if (terms[j]!.text === 'and' && !ADVERB.test(terms[j - 1]?.text ?? '')) break;
    j--;
  }
  const before = terms[j];
  if (!before || endsClause(before)) return false;
  if (VERB_OPENER.test(before.text)) return /ing$/.test(terms[k]!.text) || before.text === 'to';
  if (before.text !== 'and' && before.text !== 'or') return false;
  return isVerb(terms[j - 1]) || OBJECT_OPENER.test(terms[k + 1]?.text ?? '');
}

/**
 * "evade and circumvent our sanctions": a pair of listed verbs names one act, read from the first.
 */
function isSecondOfPair(terms: TaggedTerm[], k: number): boolean {
  const before = terms[k - 2]?.text.toLowerCase() ?? '';
  return terms[k - 1]?.text === 'and' && TOPIC_QUALITY.verbNominals.has(before);
}

/**
 * "withdraw its military forces from …": in an object, an -s word after the phrase and before a
 * preposition or the clause's end is its plural head, though the tagger read it as a verb.
 */
function withPluralHead(terms: TaggedTerm[], end: number, to: number): number {
  const at = terms.findIndex((t) => t.start > end);
  const next = terms[at];
  if (!next || next.end > to || !next.tags.has('PresentTense') || !/\p{Ll}s$/u.test(next.text))
    return end;
  if (/[,;:.!?]/.test(terms[at - 1]!.post)) return end;
  const after = terms[at + 1];
  return !after || endsClause(next) || after.tags.has('Preposition') ? next.end : end;
}

/** The verbs of `verbNominals` in [from, to) with their objects, as topics. */
export function verbObjects(
  sentence: string,
  terms: TaggedTerm[],
  from: number,
  to: number,
  named: readonly Named[],
): VerbObject[] {
  const out: VerbObject[] = [];
  // Terms are in text order: only those ending inside the range can be the verb.
  let begin = 0;
  while (begin < terms.length && terms[begin]!.end < from) begin++;
  for (let k = begin; k < terms.length; k++) {
    const term = terms[k]!;
    if (term.end > to) break;
    // The verb may end the trigger ("will work together to reform").
    if (endsClause(term)) continue;
    const verb = term.text.toLowerCase();
    // A guarded verb names its act only for the objects listed ("defending its allies").
    const guarded = TOPIC_QUALITY.objectVerbNominals.get(verb);
    const nominal = TOPIC_QUALITY.verbNominals.get(verb) ?? guarded?.nominal;
    if (!nominal || !standsAsVerb(terms, k) || isSecondOfPair(terms, k)) continue;
    let m = k + 1;
    // "reform and strengthen the World Health Organization": the object both verbs share.
    if (/^(?:and|or)$/.test(terms[m]?.text ?? '') && isVerb(terms[m + 1])) m += 2;
    const article = terms[m]?.text.toLowerCase() === 'the';
    if (OBJECT_OPENER.test(terms[m]?.text ?? '')) m++;
    const first = terms[m];
    // "withdraw and stop supporting M23": a verb, not an object, follows.
    const verbAfterVerb = /^\p{Ll}+ing$/u.test(first?.text ?? '') && isVerb(terms[m - 1]);
    if (!first || first.end > to || isVerb(first) || first.tags.has('Gerund') || verbAfterVerb)
      continue;
    // A name as the object: "reform of the World Health Organization"; its possessive
    // ("the WTO's dispute settlement") says whose the object is, not what.
    const name = named.find((hit) => hit.start === first.start && !hit.adjectival);
    if (name && guarded) {
      // "defending its Indo-Pacific allies": the name says whose, the listed head who.
      const head = terms.find((t) => t.start > name.end);
      const headWord = head?.text.toLowerCase() ?? '';
      if (!head || head.end > to || !guarded.objectHeads.has(headWord)) continue;
      out.push({
        start: term.start,
        end: head.end,
        objectStart: name.start,
        replacesObject: true,
        names: [`${nominal} of ${sentence.slice(name.start, head.end)}`],
      });
      continue;
    }
    if (name) {
      if (name.end > to || /^[’']s(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.test(sentence.slice(name.end))) continue;
      const object = `${article ? 'the ' : ''}${sentence.slice(name.start, name.end)}`;
      out.push({
        start: term.start,
        end: name.end,
        objectStart: name.start,
        replacesObject: true,
        names: [`${nominal} of ${object}`],
      });
      continue;
    }
    const found = chunks(terms, first.start, to)[0];
    if (!found || found.start !== first.start) continue;
    const chunk = { start: found.start, end: withPluralHead(terms, found.end, to) };
    const text = sentence.slice(chunk.start, chunk.end);
    const conjunct = text.split(/,?\s+(?:and|or)\s+/)[0]!;
    const words = conjunct.split(/\s+/);
    while (words.length > 1 && TOPIC_QUALITY.weakModifiers.has(words[0]!.toLowerCase()))
      words.shift();
    const last = terms.findLast((t) => t.end <= chunk.start + conjunct.length);
    const plural = chunk.end > found.end && conjunct === text;
    if (words.length > MAX_OBJECT_WORDS || !(plural || last?.tags.has('Noun'))) continue;
    if (guarded && !guarded.objectHeads.has(words.at(-1)!.toLowerCase())) continue;
    // "share information" → "information sharing": the compound the thesaurus names.
    const object = words.join(' ');
    out.push({
      start: term.start,
      end: chunk.start + conjunct.length,
      objectStart: chunk.start,
      replacesObject: conjunct === text,
      names: [guarded?.compound ? `${object} ${nominal}` : `${nominal} of ${object}`],
    });
  }
  return out;
}
