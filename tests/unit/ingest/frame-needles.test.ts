import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../ingest/normalise';
import { parseMarkdownDocument } from '../../../ingest/read/markdown';
import { needlesOf } from '../../../ingest/rules/needles';
import { STANCES_COMPILED } from '../../../ingest/rules/stanceRules';
import { segment } from '../../../ingest/segment';

/** {V:…} forms as the rules give them, enough to read the slots of the cases below. */
const forms = (lemma: string) => [lemma, `${lemma}s`, `${lemma}ed`];

describe('frame needles (ingest/rules/needles.ts)', () => {
  it.each([
    // A literal word, a {V:…} slot, a plain group: what the frame's top level always gave.
    ['{V:pledge} that', ['pledge', 'pledges', 'pledgeed']],
    ['(cooperate|collaborate) closely', ['closely']],
    // A group followed by "s?": both forms of each word.
    ['(goal|objective)s? to', ['goal', 'goals', 'objective', 'objectives']],
    // "remains?" inside a group: the word and its singular.
    ['{W}(commitments?|resolve)', ['commitment', 'commitments', 'resolve']],
    // Each alternative's most selective word, not only its first one.
    ['((am|are|is) consulting|continues? to consult) with', ['consulting', 'consult']],
    // A positive lookbehind's or lookahead's words stand in the sentence too.
    ['(?<=(?<![\\w])support (for|to) [^,.]{1,80} )(remains?|is) firm', ['support']],
    ['{V:say} that(?= it (is|are) unchanged(?![\\w]))', ['unchanged']],
    // An optional group between keeps the word after it a whole word of the sentence.
    [
      '(hear|learn (about|from)|share (their |our )?(views|lessons))(?![\\w])',
      ['hear', 'learn', 'share'],
    ],
    // Read strictly, a three-letter word that is no function word is a needle ("our aim is to").
    ['(?<=[Oo]ur (aim|goal)s? )(is|are) to', ['aim', 'aims', 'goal', 'goals']],
    // A mandatory space-or-hyphen class ends the word: "rock" is a part of "rock-solid", which
    // findTriggers asks about as it does the whole word.
    ['(is|are) (steadfast|rock[- ]solid)', ['steadfast', 'rock']],
    ['(is|are) (firm|rock[-]solid)', ['firm', 'rock']],
  ])('%s → %j', (frame, needles) => {
    expect(needlesOf(frame, forms)).toEqual(needles);
  });

  it.each([
    // A class that may be absent or hold letters glues more letters on ("rocksolid").
    ['(is|are) (steadfast|rock[- ]?solid)'],
    ['(is|are) (steadfast|rock[a-z ]solid)'],
    // Another suffix than "s?" after the group: the sentence's word is not known.
    ['(?<=[\\w] )(commit|pledg)ed to'],
    // A negative lookaround or an alternation inside a lookahead says nothing the sentence holds.
    ['(?!(?:never|hardly) )(is|are) to'],
    ['(?=(resolute|stalwart) |firmly )(is|are) to'],
    // A word glued to what stands before it: not a word of its own.
    ['(?<=[Oo]ur(aim|goal) )(is|are) to'],
    // Three-letter function words filter nothing, even read strictly.
    ['(?=(the|our) )(is|are) to'],
  ])('%s has no needles', (frame) => {
    expect(needlesOf(frame, forms)).toBeUndefined();
  });

  it('never skips a frame that matches: on the DPRK corpus, no sentence without a needle matches', () => {
    const dir = join(import.meta.dirname, '../../../data/corpus-wh-dprk');
    const sentences = readdirSync(dir)
      .filter((file) => file.endsWith('.md') && file !== 'README.md')
      .flatMap((file) => {
        const { body } = parseMarkdownDocument(file, readFileSync(join(dir, file), 'utf8'));
        return segment(normalise(body)).sentences.map((sentence) => sentence.text);
      });
    expect(sentences.length).toBeGreaterThan(3000);
    // The words findTriggers asks the frames about (verbTriggers.ts: /[A-Za-z][A-Za-z-]*/), and
    // the parts of a hyphenated one: a frame can match inside it ("re-emphasize" is the verb
    // scan's own word), a known limit of the word lookup that this test does not cover.
    const wordsOf = (text: string) =>
      new Set(
        (text.match(/[A-Za-z][A-Za-z-]*/g) ?? []).flatMap((word) => {
          const lower = word.toLowerCase();
          return [lower, ...lower.split('-')];
        }),
      );
    const skippedMatches: string[] = [];
    const words = sentences.map(wordsOf);
    const openers = sentences.map((sentence) =>
      [...sentence.matchAll(/[A-Za-z][A-Za-z-]*/g)].map((word) => ({
        lower: word[0].toLowerCase(),
        at: word.index,
      })),
    );
    for (const frame of STANCES_COMPILED.frames) {
      const { needles, firstWords, pattern } = frame;
      if (!needles) continue;
      const anywhere = new RegExp(pattern.source, 'i');
      sentences.forEach((sentence, k) => {
        if (needles.some((needle) => words[k]!.has(needle))) return;
        // A sticky frame is tried where one of its first words opens (as findTriggers does).
        const matches = firstWords
          ? openers[k]!.some(({ lower, at }) => {
              if (!firstWords.has(lower)) return false;
              pattern.lastIndex = at;
              return pattern.test(sentence);
            })
          : anywhere.test(sentence);
        if (matches) skippedMatches.push(`${needles[0]}: ${sentence}`);
      });
    }
    expect(skippedMatches).toEqual([]);
  }, 120_000);
});
