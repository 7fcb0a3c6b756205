/**
 * The words of one sentence as the learnt topic selector reads them (candidates.ts): each word's
 * tags, folds, feature strings and whether a name or rule topic holds it, computed once per word
 * and sentence rather than once per candidate holding it (a chunk of n words offers up to 6n runs).
 */
import type { TaggedTerm } from '../../entities/tagger';
import { TOPIC_QUALITY } from '../../rules/topicQuality';
import { stem } from '../plural';
import { DOTTED_NAME } from '../verbNouns';
import { HYPHEN, isNoun, LEADS, LINKS, lower, opens, posOf, TRAILING } from './wordTests';

/** Endings of adjectives, not of nouns: a lone item so ending modifies a later head. */
const ADJECTIVE_ENDING = /(?:al|ic|ous|ive|ible|able|ful|less)$/;
/** A word of letters (and inner hyphens) only. */
const LETTERS = /^\p{L}+(?:-\p{L}+)*$/u;
/** The two links of an enumeration's last item. */
const LINKS_AND_OR = new Set(['and', 'or']);

/** A span already spoken for (a name or a rule topic), in sentence offsets. */
export interface Taken {
  readonly start: number;
  readonly end: number;
}

const CAPITAL = /^\p{Lu}/u;
/** A capitalised possessive: "Colombia’s", "Russia's". */
const OWNER = /^\p{Lu}.*[’']s$/u;
/**
 * A capitalised nationality adjective: "Iranian", "Afghan", "Burmese", "Emirati". Not "American":
 * "the American people" a U.S. statement serves is its audience, never a gold topic.
 */
const DEMONYM = /^(?!American$)\p{Lu}\p{Ll}+(?:an|ese|i)$/u;

/** The links inside a Title Case name: "Secretary of Labor", "Strategy on Women, Peace, and …". */
const TITLE_LINKS = new Set(['of', 'for', 'on']);

/**
 * What the candidates of one call read of each word, computed once per word rather than once
 * per candidate holding it (a chunk of n words offers up to 6n runs).
 */
export class Words {
  private readonly lowered: (string | undefined)[] = [];
  private readonly stemmed: (string | undefined)[] = [];
  private readonly patterns: (string | undefined)[] = [];
  private readonly fullBusy: (boolean | undefined)[] = [];
  private readonly coreBusy: (boolean | undefined)[] = [];
  private readonly coreEnds: (number | undefined)[] = [];
  private readonly opening: (boolean | undefined)[] = [];
  private readonly nouns: (boolean | undefined)[] = [];
  private readonly features = new Map<string, (string | undefined)[]>();

  /** `taken`: the spans of names and rule topics, in sentence offsets. */
  constructor(
    private readonly sentence: string,
    private readonly terms: readonly TaggedTerm[],
    private readonly taken: readonly Taken[],
  ) {}

  isNoun(k: number): boolean {
    this.nouns[k] ??= isNoun(this.terms[k]!);
    return this.nouns[k];
  }

  /** The word runs straight into a noun: no punctuation between them. */
  modifiesNext(k: number): boolean {
    return k + 1 < this.terms.length && this.isNoun(k + 1) && !/[,;:.)]/.test(this.terms[k]!.post);
  }

  /**
   * Word `k` alone is a piece of the compound after it ("health care", "Energy Secretary"),
   * unless that noun is a vacuous head, no topic of its own: "ransomware actors", "resilience
   * efforts" are about ransomware and resilience, as cutBeforeHead lets a longer run stand.
   * (Session 49 tried cutting before domainVacuousHeads too, 'safety measures': the gold's rows
   * split 35 compound / 17 lone word where one alone is labelled, but K-fold lost about recall
   * in 3 files and gained in 1, and the sample changed by one topic; bench/loneBeforeNoun.ts.)
   */
  loneModifies(k: number): boolean {
    return this.modifiesNext(k) && !TOPIC_QUALITY.vacuousHeads.has(this.lower(k + 1));
  }

  /**
   * Word `k` and the noun after it, with a space alone between them, are one compound that goes
   * on: a run ending at `k` is cut before its head ("affordable health" of "affordable health
   * care"). A vacuous head after it ("conservation efforts", "enforcement actions") is no head of
   * the topic's own, so the run before it stands.
   */
  cutBeforeHead(k: number): boolean {
    return (
      k + 1 < this.terms.length &&
      this.isNoun(k + 1) &&
      // The sentence, not the term's `post`: the tagger gives an opening bracket to the next word.
      /^\s+$/.test(this.sentence.slice(this.terms[k]!.end, this.terms[k + 1]!.start)) &&
      !TOPIC_QUALITY.vacuousHeads.has(this.lower(k + 1))
    );
  }

  /**
   * Word `k` is glued by a hyphen to the word before it (the tagger splits "Climate-Smart" in two):
   * a run opening there names a piece of a word ("Smart Commodities", "hit communities").
   */
  gluedBefore(k: number): boolean {
    return k > 0 && HYPHEN.test(this.terms[k - 1]!.post);
  }

  /** Word `k` is glued by a hyphen to the word after it: a run ending there ends mid-word. */
  gluedAfter(k: number): boolean {
    return k + 1 < this.terms.length && HYPHEN.test(this.terms[k]!.post);
  }

  /**
   * Words `k` and `k + 1` are two capitalised words with nothing but a space between them, the
   * first not opening the sentence: one Title Case name, which a run may take whole or not at all
   * ("Strategic National" of the Strategic National Stockpile).
   */
  titleJoin(k: number): boolean {
    if (k < 0 || k + 1 >= this.terms.length || this.terms[k]!.start === 0) return false;
    return (
      // The sentence, not the term's `post`: the tagger gives an opening bracket to the next word.
      /^\s+$/.test(this.sentence.slice(this.terms[k]!.end, this.terms[k + 1]!.start)) &&
      CAPITAL.test(this.terms[k]!.text) &&
      CAPITAL.test(this.terms[k + 1]!.text)
    );
  }

  /**
   * Word `k` is capitalised mid-sentence right after a title link and a capitalised word before it:
   * the tail of a name or title ("Secretary of Labor", "Strategy on Women, Peace, and Security"),
   * no topic alone. (Gold, session 49: 3 of 30 such lone candidates are labelled topics.)
   */
  titleTail(k: number): boolean {
    return (
      k >= 2 &&
      CAPITAL.test(this.terms[k]!.text) &&
      TITLE_LINKS.has(this.lower(k - 1)) &&
      CAPITAL.test(this.terms[k - 2]!.text)
    );
  }

  /** A run may open on the word (a content word, no function word). */
  opens(k: number): boolean {
    this.opening[k] ??= opens(this.terms, k);
    return this.opening[k];
  }

  /** A run that reached word `k - 1` crosses a list link or a comma by taking word `k`. */
  crossesInto(k: number): boolean {
    return LINKS.has(this.lower(k)) || /[,;:]/.test(this.terms[k - 1]!.post);
  }

  /**
   * Where a run ending on word `k` ends: the word without its trailing punctuation (a word of
   * punctuation only ends the run where trimming the whole run's tail would).
   */
  coreEnd(k: number): number {
    if (this.coreEnds[k] === undefined) {
      const t = this.terms[k]!;
      const core = this.sentence.slice(t.start, t.end).replace(TRAILING, '');
      this.coreEnds[k] = core ? t.start + core.length : -1;
    }
    return this.coreEnds[k];
  }

  /**
   * How a run `a..b` stands in its clause's enumeration, read across the chunk cuts (chunks end at
   * list commas, so the chunk alone cannot tell): what opens it on the left (`comma`: ", " or ",
   * and "; `lead`: "including", "such as", a colon; `link`: a bare "and"/"or"; `start`; `none`)
   * and what closes it on the right (`comma`, `link`, `end` of the clause, `none`). A run with a
   * comma on one side and a list boundary on the other is an item of an enumeration ("dairy,
   * poultry, pork, and rice", "including chemicals, machinery", "science, technology and
   * innovation"): a thing of its own beside its siblings, as the gold keeps such items.
   */
  itemSides(a: number, b: number): string {
    return `${this.leftSide(a)}|${this.rightSide(b)}`;
  }

  /** Whether `itemSides(a, b)` makes the run an enumeration item (see there). */
  enumerated(a: number, b: number): boolean {
    // "scientific, technical, and economic cooperation": a lone adjective-like item modifies the
    // last item's head (the rules' listItem.ts reads such endings alike).
    if (a === b && ADJECTIVE_ENDING.test(this.lower(a))) return false;
    // A word of letters only: "D.C." or a word run into a quote mark or bracket is no item.
    if (a === b && !LETTERS.test(this.sentence.slice(this.terms[a]!.start, this.coreEnd(a))))
      return false;
    const left = this.leftSide(a);
    const right = this.rightSide(b);
    return (
      (left === 'comma' && right !== 'none') ||
      (right === 'comma' && (left === 'lead' || left === 'link'))
    );
  }

  private leftSide(a: number): string {
    if (a === 0) return 'start';
    const prev = this.terms[a - 1]!;
    if (/[,;]/.test(prev.post)) return 'comma';
    if (/:/.test(prev.post)) return 'lead';
    const word = this.lower(a - 1);
    if (LINKS_AND_OR.has(word))
      return a >= 2 && /[,;]/.test(this.terms[a - 2]!.post) ? 'comma' : 'link';
    if (LEADS.has(word) || (word === 'as' && a >= 2 && this.lower(a - 2) === 'such')) return 'lead';
    return 'none';
  }

  private rightSide(b: number): string {
    const t = this.terms[b]!;
    const end = this.coreEnd(b);
    // The word's own trailing punctuation (the tagger may keep it in the text) and what follows.
    const tail = (end >= 0 ? this.sentence.slice(end, t.end) : '') + t.post;
    if (/[,;]/.test(tail)) return 'comma';
    if (b + 1 >= this.terms.length || /[.:)]/.test(tail)) return 'end';
    return LINKS_AND_OR.has(this.lower(b + 1)) ? 'link' : 'none';
  }

  lower(k: number): string {
    this.lowered[k] ??= lower(this.terms[k]);
    return this.lowered[k];
  }

  stem(k: number): string {
    this.stemmed[k] ??= stem(this.lower(k));
    return this.stemmed[k];
  }

  /** The feature `family` + `value` read at word `k`, one string per word and family. */
  feature(family: string, k: number, value: string): string {
    let byWord = this.features.get(family);
    if (!byWord) {
      byWord = [];
      this.features.set(family, byWord);
    }
    byWord[k] ??= family + value;
    return byWord[k];
  }

  text(k: number): string {
    return this.terms[k]!.text;
  }

  pos(k: number): string {
    this.patterns[k] ??= posOf(this.terms[k]!);
    return this.patterns[k];
  }

  /**
   * Where the named owner of word `k` starts: the word before is a taken name's possessive
   * ("Colombia’s", "the Republic of Korea’s") or its nationality adjective ("Iranian", a taken
   * name: the gold names "Iranian aggression", "Ukrainian people" so) running straight into `k`;
   * -1 otherwise.
   */
  ownerStart(k: number): number {
    const owner = this.terms[k - 1];
    if (!owner || !/^\s+$/.test(owner.post) || !this.busy(k - 1)) return -1;
    if (!OWNER.test(owner.text) && !DEMONYM.test(owner.text.replace(TRAILING, ''))) return -1;
    let start = owner.start;
    for (const span of this.taken)
      if (span.start < owner.end && span.end > owner.start) start = Math.min(start, span.start);
    return start;
  }

  /**
   * Where a taken country's dotted abbreviation ("U.S.") right before word `k` starts, -1 if
   * none: "U.S. exports", "U.S. citizens" name the owner as the gold does for abbreviationOwnedHeads.
   */
  abbreviationStart(k: number): number {
    const owner = this.terms[k - 1];
    if (!owner || !/^\s+$/.test(owner.post) || !this.busy(k - 1)) return -1;
    return DOTTED_NAME.test(owner.text) ? owner.start : -1;
  }

  private overlaps(start: number, end: number): boolean {
    return this.taken.some((span) => span.start < end && span.end > start);
  }

  /** The whole word overlaps a taken span: so does every run holding it before its last word. */
  busy(k: number): boolean {
    const t = this.terms[k]!;
    this.fullBusy[k] ??= this.overlaps(t.start, t.end);
    return this.fullBusy[k];
  }

  /** The word without its trailing punctuation overlaps a taken span: so does a run ending on it. */
  busyAsLast(k: number): boolean {
    const t = this.terms[k]!;
    if (this.coreBusy[k] === undefined) {
      const end = this.coreEnd(k);
      this.coreBusy[k] = this.overlaps(t.start, end < 0 ? t.start : end);
    }
    return this.coreBusy[k];
  }
}
