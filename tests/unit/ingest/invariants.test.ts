/**
 * Invariants that need no gold, over every statement of data/corpus/: no entity or topic name is
 * a fragment (ends in a preposition, determiner or possessive), no derived topic is a vacuous
 * phrase, no official's name carries a possessive or a title word.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../contract/extraction';
import { extract } from '../../../ingest/extract';
import { lexicon } from '../../../ingest/lexicon';
import { readDocument } from '../../../ingest/read';
import { TITLE_WORDS } from '../../../ingest/rules/titles';
import { TOPIC_QUALITY } from '../../../ingest/rules/topicQuality';
import { inPair } from '../../../ingest/topics/barePair';
import { inList } from '../../../ingest/topics/listItem';
import { WORD_GOLD_FILES } from '../../../ingest/topics/selector/apply';
import { domainVacuous } from '../../../ingest/topics/selector/domainVacuous';
import { selector } from '../../../ingest/topics/selector/model';
import { LEADS } from '../../../ingest/topics/selector/wordTests';
import { foldLabel } from '../../../ingest/topics/thesaurus';

const DIR = join(import.meta.dirname, '../../../data/corpus');
const FILES = readdirSync(DIR).filter((name) => name.endsWith('.txt'));
const DANGLING = /\b(?:of|on|in|for|to|with|by|at|from|and|or|the|a|an|its|their|our)$/i;

/**
 * A single derived word is a topic only where the thesaurus knows it, as an item of a comma
 * list ("vaccines, treatments, and other medical products": ingest/topics/listItem.ts) or after an
 * enumeration's lead ("including foreigners,": selector/words.ts), as one
 * side of a bare pair ("diabetes and cancer": ingest/topics/barePair.ts), or (the
 * learnt selector) where several gold files name it a topic.
 */
function listed(extraction: Extraction, id: string): boolean {
  const sentences = new Map(extraction.sentences.map((sentence) => [sentence.id, sentence]));
  return extraction.mentions.some((mention) => {
    const sentence = sentences.get(mention.sentenceId);
    if (mention.entityId !== id || !sentence) return false;
    const [start, end] = [mention.start - sentence.start, mention.end - sentence.start];
    return (
      inList(sentence.text, start, end) ||
      inPair(sentence.text, start, end) ||
      ledItem(sentence.text, start, end)
    );
  });
}

/**
 * An item an enumeration's lead opens and a comma closes ("detainees, including foreigners, …"):
 * the learnt selector reads it as an enumeration item (selector/words.ts `enumerated`), which the
 * rules' listItem.ts, written for bare lists, does not.
 */
function ledItem(text: string, start: number, end: number): boolean {
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 16), start));
  return !!before && LEADS.has(before[1]!.toLowerCase()) && text.slice(end, end + 1) === ',';
}

/** A lone word the learnt selector may add: the gold names it a topic in several files. */
function goldWord(name: string): boolean {
  return selector().stats.named(foldLabel(name.toLowerCase())) >= WORD_GOLD_FILES;
}

describe.each(FILES)('invariants on %s', (file) => {
  it('has no fragment, vacuous topic or mangled official', async () => {
    const extraction = extract(await readDocument(join(DIR, file)));
    const problems: string[] = [];
    for (const entity of extraction.entities) {
      const name = entity.name;
      if (DANGLING.test(name)) problems.push(`${entity.type} ends in a function word: ${name}`);
      if (entity.type === 'Official') {
        if (/[’']s\b/.test(name)) problems.push(`official with a possessive: ${name}`);
        if (name.split(' ').some((word) => TITLE_WORDS.has(word)))
          problems.push(`official with a title word: ${name}`);
      }
      if (entity.type === 'Topic' && !lexicon().entities.has(entity.id)) {
        const lower = name.toLowerCase();
        const head = lower.slice(lower.lastIndexOf(' ') + 1);
        if (TOPIC_QUALITY.vacuousPhrases.has(lower)) problems.push(`vacuous topic: ${name}`);
        if (TOPIC_QUALITY.vacuousHeads.has(head) && !domainVacuous(name))
          problems.push(`vacuous head: ${name}`);
        if (!name.includes(' ') && !listed(extraction, entity.id) && !goldWord(name))
          problems.push(`single-word topic outside the thesaurus: ${name}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
