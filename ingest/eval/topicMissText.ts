/**
 * Where a missed gold topic's words stand in the gold sentences about it (topicMissCli.ts), so
 * that formation and naming work is told apart from true paraphrase. Session 43 (topics43): of
 * the 1,287 misses the classifier called `paraphrase` and the 601 it called `nearMiss`, about 550
 * had a gold alias written in the sentence (a wording the thesaurus lacks: "the enduring
 * partnership between our two great nations" for `Canada-U.S. partnership`) and about 700 had
 * every content word of the name in it, apart ("supply chain security and resilience" for
 * `supply chain resilience`): neither is the gold's own wording.
 */
import { normSentence } from './normalize';

/** The content words of a text (longer than three letters), plurals folded. */
export function contentWords(text: string): Set<string> {
  return new Set(
    normSentence(text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 3)
      .map((w) => w.replace(/(ies|es|s)$/, '')),
  );
}

/** The shape of a name written whole in the text that no candidate names. */
function shapeOf(name: string): string {
  if (/\bof\b/i.test(name)) return 'formation:of';
  if (/\b(and|or)\b/i.test(name)) return 'formation:and';
  if (/-/.test(name)) return 'formation:hyphen';
  if (/\b[A-Z]/.test(name)) return 'formation:named';
  return 'formation:plain';
}

/**
 * The class of a missed name from the text alone: written whole (`formation:<shape>`), one of
 * its gold aliases written (`alias`: naming work, a thesaurus label or rule), every content word
 * written apart (`formation:spread`: a coordination or another order), or undefined (not in the
 * text: a near miss, a name or a paraphrase, which the caller tells apart).
 */
export function textClass(
  name: string,
  aliases: readonly string[],
  sentences: readonly string[],
): string | undefined {
  const normal = sentences.map(normSentence);
  if (normal.some((s) => s.includes(normSentence(name)))) return shapeOf(name);
  const written = aliases.map(normSentence).filter((a) => a.length > 0);
  if (written.some((alias) => normal.some((s) => s.includes(alias)))) return 'alias';
  const words = [...contentWords(name)];
  if (words.length === 0) return undefined;
  return normal.some((s) => {
    const inSentence = contentWords(s);
    return words.every((w) => inSentence.has(w));
  })
    ? 'formation:spread'
    : undefined;
}
