/**
 * Shortcuts taken for speed give what the code they skip gives (session 9's speed work):
 * each is checked against the plain path it replaces.
 */
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import {
  fastPreTagger,
  forgetPreTaggerWords,
  type PreTaggerView,
} from '../../../ingest/entities/fastPreTagger';
import {
  fastLexicon,
  fastMachine,
  forgetTermStepWords,
  type TermStepView,
} from '../../../ingest/entities/fastTermSteps';
import { withPlainEnv } from '../../../ingest/entities/plainEnv';
import { tagTexts } from '../../../ingest/entities/tagger';
import { wholeWords } from '../../../ingest/topics/pieceEdges';
import { withStockCompromise } from '../../support/stockCompromise';

const SENTENCES = [
  'The leaders reaffirmed their commitment to military-to-military communications.',
  'They agreed to hold an in-person summit and a follow-up meeting on post-conflict recovery.',
  'The U.S.-ROK Alliance stands firm; 2024-25 plans, state-of-the-art tools — and more.',
  'A word-final hyphen- then space, a dash – and “quoted-” text; Ελλάδα-Κύπρος ties.',
  'Rules-based order, 5G-enabled networks and 𝒜𝒷-𝒸 symbols.',
];

/** wholeWords as it was before the hyphen check. */
function wholeWordsPlain(sentence: string, piece: { start: number; end: number }) {
  const word = /[\p{L}\p{N}][\p{L}\p{N}-]*-$/u.exec(sentence.slice(0, piece.start));
  return word ? { start: word.index, end: piece.end } : piece;
}

describe('wholeWords', () => {
  it('widens every piece as the plain search does, at every start', () => {
    let widened = 0;
    for (const sentence of SENTENCES) {
      for (let start = 0; start <= sentence.length; start++) {
        const piece = { start, end: sentence.length };
        const ours = wholeWords(sentence, piece);
        expect(ours).toEqual(wholeWordsPlain(sentence, piece));
        if (ours.start !== start) widened++;
      }
    }
    // The samples do exercise the widening, not only the shortcut.
    expect(widened).toBeGreaterThan(10);
  });
});

describe('withPlainEnv', () => {
  it('reads the same variables inside and puts the real object back', () => {
    const real = process.env;
    const names = [...Object.keys(real), 'DEBUG_TAGS', 'NO_SUCH_VARIABLE_SET'];
    const seen = withPlainEnv(() => {
      expect(process.env).not.toBe(real);
      return names.map((name) => process.env[name]);
    });
    expect(seen).toEqual(names.map((name) => real[name]));
    expect(process.env).toBe(real);
  });

  it('reads DEBUG_TAGS as it was set at the call', () => {
    const before = process.env.DEBUG_TAGS;
    process.env.DEBUG_TAGS = '1';
    try {
      expect(withPlainEnv(() => process.env.DEBUG_TAGS)).toBe('1');
    } finally {
      if (before === undefined) delete process.env.DEBUG_TAGS;
      else process.env.DEBUG_TAGS = before;
    }
  });

  it('puts the real object back when the step throws', () => {
    const real = process.env;
    expect(() =>
      withPlainEnv(() => {
        throw new Error('step failed');
      }),
    ).toThrow('step failed');
    expect(process.env).toBe(real);
  });

  it('tags as the real environment does', () => {
    // tagTexts runs its steps inside withPlainEnv; nested, the outer copy is what they read.
    const plain = (texts: string[]) =>
      tagTexts(texts).map((terms) => terms.map((t) => [t.text, [...t.tags], t.start, t.end]));
    expect(withPlainEnv(() => plain(SENTENCES))).toEqual(plain(SENTENCES));
  });
});

/** Every field of every term but the random ids, as a string. */
function dump(document: unknown): string {
  return JSON.stringify(document, (key, value) =>
    key === 'id' ? undefined : value instanceof Set ? [...value].sort() : value,
  );
}

const TEXTS = [
  "We can't wait. The ROK's plan isn't final, and they'd been told so.",
  'There’s been progress; the 44-2 vote and a 4km zone. Japan’s leaders met.',
  "Gonna be fine, l'amour. They cannot agree. What'd he say? It's 5-9pm.",
  'The leaders reaffirmed their commitment to the complete denuclearization of the Peninsula.',
  'No sentence here has one. Nor here.',
  'THE LEADERS MET IN 1993 AND AGREED. Dr. Smith met Mr. Jones at 5 p.m. on Jan. 3rd, 2024.',
  'Micro-credentials, U.S.-led efforts, $3.5 billion, 45% of GDP, and e-mail at www.state.gov.',
  'John F Kennedy, the Wawel Castle and Johnson LLC: breaking news, hard-nosed talks.',
  // Acronyms of every kind the acronym pass tags, and lowercase words it must leave alone.
  'The UN, NATO, UNOCHA, MMVAs, N.D.A., F., the c.e.o. of ibm, the us, la, ny and the UFOs met.',
  'I met the IAEA and ASEAN at the un; -- and --- dashes, the i.b.m. and abc corp and the WHO.',
  // Switch words behind a prefix, aliases (slashes, "&"), a bare hyphen after a word, prefixed
  // lexicon verbs, multi-word lexicon entries and possessive machine forms.
  'They restrike, misread and reset the and/or rules & the US/ROK plan - well - overreact.',
  "The leaders' summit: ice cream, New York's mayor, lookin' good, re-enactment and #tags.",
];

describe('fastPreTagger', () => {
  type View = { document: unknown; compute(step: string): unknown };
  const world = nlp.world() as unknown as {
    hooks: string[];
    methods: { one: { tokenize: { fromString(text: string, world: unknown): unknown[][] } } };
  };
  const ViewClass = (nlp('') as unknown as { constructor: new (doc: unknown[][]) => View })
    .constructor;
  /** The tagger's steps, with the fast pre-tagger, machine and lexicon steps if asked. */
  const run = (text: string, fast: boolean) => {
    const view = new ViewClass(world.methods.one.tokenize.fromString(text, world));
    for (const step of world.hooks) {
      if (step === 'id') continue;
      if (fast && step === 'preTagger') fastPreTagger!(view as unknown as PreTaggerView);
      else if (fast && step === 'machine') fastMachine!(view as unknown as TermStepView);
      else if (fast && step === 'lexicon') fastLexicon!(view as unknown as TermStepView);
      else view.compute(step);
    }
    return view.document;
  };

  it('tags every term as compromise does, the first time a word is seen and after', () => {
    expect(fastPreTagger).toBeDefined();
    expect(fastMachine).toBeDefined();
    expect(fastLexicon).toBeDefined();
    // The first pass must meet every word for the first time, whatever another file tagged.
    forgetPreTaggerWords();
    forgetTermStepWords();
    for (let pass = 0; pass < 2; pass++)
      for (const text of [...TEXTS, TEXTS.join(' ')])
        expect(dump(run(text, true))).toEqual(dump(withStockCompromise(() => run(text, false))));
  });
});
