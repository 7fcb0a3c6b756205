/**
 * The topic thesaurus (data/lexicon/topics.json) as a lookup: any label or alternative label,
 * folded (case, quotes, plural endings), gives its concept. Derived topics go through it so that
 * "nuclear threat" and "nuclear threats", or "risk reduction" and "strategic risk reduction",
 * are one node across documents.
 */

import { remember } from '../boundedMemo';
import { slugify } from '../ids';
import type { Lexicon } from '../lexicon';

const cache = new WeakMap<Lexicon, Index>();

/** One word without its plural ending ("activities" → "activity", "sanctions" → "sanction"). */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is|')s?$/.test(word))
    return word.slice(0, -1);
  return word;
}

/**
 * Words already folded: every phrase the topic rules test goes through `foldLabel`, the same few
 * thousand words each time, and the regexes per word were a tenth of extraction. Cleared when
 * large so a long ingest does not grow it without end.
 */
const foldedWords = new Map<string, string>();

/**
 * One whitespace-free word folded: lowercase, curly quotes straight, a hyphen between two
 * lowercase letters dropped, the plural ending gone. Folding word by word is folding the whole
 * (none of these steps looks across whitespace).
 */
function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = singular(
      word
        .toLowerCase()
        .replace(/[’‘]/g, "'")
        .replace(/(?<=\p{Ll})-(?=\p{Ll})/gu, ''),
    );
    remember(foldedWords, word, folded);
  }
  return folded;
}

/**
 * Labels already folded: the selector folds every candidate phrase and entity name, the thesaurus
 * every phrase it is asked about, mostly the same phrases again; a split, a filter and a join per
 * call were half of folding. Cleared when large, as `foldedWords`.
 */
const foldedLabels = new Map<string, string>();

/**
 * The folded form under which labels are compared. A hyphen between two lowercase letters is
 * spelling, not meaning ("bio-technology", "semi-conductors", "non-proliferation" are the
 * thesaurus's "biotechnology", …), so it is dropped on both sides of the comparison.
 */
export function foldLabel(label: string): string {
  let folded = foldedLabels.get(label);
  if (folded === undefined) {
    folded = label.split(/\s+/).filter(Boolean).map(foldWord).join(' ');
    remember(foldedLabels, label, folded);
  }
  return folded;
}

/**
 * The id of a topic no curated concept names: its folded label, so that the forms one concept
 * takes in one statement ("digital economy" and "digital economies", "Strategic Partnership" in a
 * heading and "strategic partnership" in the text) are one entity, with every mention and every
 * commitment's `about` on it, not two of which only one can match.
 */
export function topicIdFor(name: string): string {
  return `topic:${slugify(foldLabel(name))}`;
}

/** The first whitespace-free word, as `split(/\s+/).filter(Boolean)` gives it. */
const FIRST_WORD = /^\s*(\S+)/;

interface Index {
  byLabel: Map<string, string>;
  /** The first folded word of every label: most phrases asked about start with none of them. */
  firstWords: Set<string>;
}

function build(lexicon: Lexicon): Index {
  const byLabel = new Map<string, string>();
  for (const alias of lexicon.aliases) {
    if (lexicon.entities.get(alias.entityId)?.type !== 'Topic') continue;
    const key = foldLabel(alias.alias);
    if (!byLabel.has(key)) byLabel.set(key, alias.entityId);
  }
  const firstWords = new Set([...byLabel.keys()].map((key) => key.split(' ')[0]!));
  return { byLabel, firstWords };
}

/** The concept id a topic phrase names, or undefined when the thesaurus does not know it. */
export function conceptFor(lexicon: Lexicon, phrase: string): string | undefined {
  let index = cache.get(lexicon);
  if (!index) {
    index = build(lexicon);
    cache.set(lexicon, index);
  }
  // The same key as `foldLabel`, its first word checked before the phrase is split: most
  // phrases asked about open with no label's first word.
  const first = FIRST_WORD.exec(phrase);
  if (!first) return index.byLabel.get('');
  if (!index.firstWords.has(foldWord(first[1]!))) return undefined;
  return index.byLabel.get(foldLabel(phrase));
}
