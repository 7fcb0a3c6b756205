import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExtractionSchema } from '../../../contract/extraction';
import { extract, mergeExtractions } from '../../../ingest/extract';
import { readDocument } from '../../../ingest/read';
import type { SourceDocument } from '../../../ingest/types';
import { memoryDocument } from '../../support/extractText';

function doc(body: string, extra: Partial<SourceDocument> = {}): SourceDocument {
  return { ...memoryDocument(undefined, body, 'test'), ...extra };
}

const MEETING =
  'Secretary of State of the United States of America Marco Rubio, Foreign Minister of Japan Iwaya Takeshi, and Foreign Minister of the Republic of Korea Cho Hyun met on September 22 in New York City.';

describe('extract: entities', () => {
  it('resolves North Korea, DPRK, the DPRK’s and North Korean to one Country node', () => {
    const result = extract(
      doc(
        `${MEETING}\n\nThey condemned North Korea's launches. They urged the DPRK to return to talks and noted the DPRK's programs and North Korean cyber actors. The Democratic People's Republic of Korea (DPRK) must comply.`,
      ),
    );
    const korea = result.entities.filter((e) => e.id === 'country:prk');
    expect(korea).toHaveLength(1);
    expect(
      result.entities
        .filter((e) => /Korea/.test(e.name) && e.type === 'Country')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['country:kor', 'country:prk']);
    expect(new Set(korea[0]!.aliases)).toEqual(
      new Set(['North Korea', 'DPRK', 'North Korean', "Democratic People's Republic of Korea"]),
    );
    // North Korea's, DPRK, DPRK's, North Korean, the full name and its "(DPRK)".
    const mentions = result.mentions.filter((m) => m.entityId === 'country:prk');
    expect(mentions.map((m) => m.text)).toEqual([
      'North Korea',
      'DPRK',
      'DPRK',
      'North Korean',
      "Democratic People's Republic of Korea",
      'DPRK',
    ]);
  });

  it('recognises officials by title with REPRESENTS to their country', () => {
    const result = extract(
      doc(
        'National Security Advisor Jake Sullivan of the United States, Foreign Minister of Japan Iwaya Takeshi, and President Lee Jae-myung met. President Erika Vandermeer of Ruritania attended.',
      ),
    );
    const official = (id: string) => result.entities.find((e) => e.id === id);
    expect(official('official:jake-sullivan')).toMatchObject({
      type: 'Official',
      attributes: { title: 'National Security Advisor', country: 'United States' },
    });
    expect(official('official:iwaya-takeshi')?.attributes?.country).toBe('Japan');
    // An official no lexicon knows is still found by the title.
    expect(official('official:erika-vandermeer')?.attributes?.title).toBe('President');
    const represents = result.relations.filter((r) => r.type === 'REPRESENTS');
    expect(represents).toContainEqual(
      expect.objectContaining({ from: 'official:jake-sullivan', to: 'country:usa' }),
    );
    expect(represents).toContainEqual(
      expect.objectContaining({ from: 'official:iwaya-takeshi', to: 'country:jpn' }),
    );
  });

  it('recognises bodies and programs by their head noun, and keeps the body inside an instrument', () => {
    const result = extract(
      doc(
        'We welcomed the Trilateral Coordinating Secretariat and the Pacific Maritime Transparency Initiative. We urged all states to abide by the UN Charter.',
        { title: 'Joint Statement of the United States and Japan' },
      ),
    );
    const byId = new Map(result.entities.map((e) => [e.id, e]));
    // A secretariat is a body (gold conventions: Organization holds bodies).
    expect(byId.get('organization:trilateral-coordinating-secretariat')?.type).toBe('Organization');
    expect(byId.get('program:pacific-maritime-transparency-initiative')?.type).toBe('Program');
    expect(byId.get('instrument:un-charter')?.type).toBe('Instrument');
    expect(byId.get('organization:united-nations')?.aliases).toEqual(['UN']);
    const urge = result.commitments.find((c) => c.stance === 'urge');
    // The UN is named only inside the Charter's name: declared, not what the clause is about.
    expect(urge?.about).toContain('instrument:un-charter');
    expect(urge?.about).not.toContain('organization:united-nations');
  });
});

describe('extract: commitments', () => {
  const result = extract(
    doc(
      `${MEETING}\n\nAddressing the North Korean Threat\n\nThey expressed serious concerns over the DPRK's military cooperation with Russia. They urged Russia and North Korea to immediately cease all such activities and abide by the UN Charter. The Secretary and Foreign Ministers also reiterated their commitment to the immediate resolution of the abductions issue.\n\nThe United States reaffirmed its commitments to Japan and the ROK.`,
      {
        title:
          'Joint Statement from the Trilateral Meeting of the United States of America, Japan, and the Republic of Korea',
      },
    ),
  );
  const officials = ['official:cho-hyun', 'official:iwaya-takeshi', 'official:marco-rubio'];

  it('"They urged Russia and North Korea…": the three officials urge, targets Russia and the DPRK', () => {
    const urge = result.commitments.find((c) => c.trigger === 'urged');
    expect(urge).toBeDefined();
    expect(urge!.stance).toBe('urge');
    expect([...urge!.actors].sort()).toEqual(officials);
    expect([...urge!.targets].sort()).toEqual(['country:prk', 'country:rus']);
    expect(urge!.about).toContain('instrument:un-charter');
    expect(urge!.cameo).toBe('02');
  });

  it('concern has no targets; "The United States reiterated" is the United States alone', () => {
    const concern = result.commitments.find((c) => c.stance === 'concern');
    expect(concern?.targets).toEqual([]);
    expect(concern?.about).toEqual(expect.arrayContaining(['country:prk', 'country:rus']));
    const us = result.commitments.find((c) => c.text.startsWith('The United States reaffirmed'));
    expect(us?.actors).toEqual(['country:usa']);
    expect(us?.about).toEqual(expect.arrayContaining(['country:jpn', 'country:kor']));
  });

  it('a heading gives implicit context to a sentence that does not name it', () => {
    const abductions = result.commitments.find((c) => c.text.includes('abductions issue'));
    expect(abductions?.stance).toBe('reaffirm');
    expect(abductions?.about).not.toContain('country:prk');
    expect(abductions?.implicitAbout).toContain('country:prk');
  });

  it('a heading’s theme and the speakers’ own countries give no implicit context', () => {
    const themed = extract(
      doc(
        `${MEETING}\n\nThe Japan-U.S. Alliance: Upholding the Rules-Based International Order\n\nThe Secretary and Foreign Ministers reiterated their commitment to the immediate resolution of the abductions issue.`,
        {
          title:
            'Joint Statement from the Trilateral Meeting of the United States of America, Japan, and the Republic of Korea',
        },
      ),
    );
    const abductions = themed.commitments.find((c) => c.text.includes('abductions issue'));
    expect(abductions?.stance).toBe('reaffirm');
    for (const id of abductions?.implicitAbout ?? []) {
      expect(id).not.toMatch(/^topic:/);
      expect(['country:usa', 'country:jpn']).not.toContain(id);
    }
  });

  it('a heading naming another party of the statement gives one speaker no implicit context', () => {
    const themed = extract(
      doc(
        `${MEETING}\n\nThe Japan-U.S. Alliance\n\nForeign Minister Iwaya reiterated Japan’s commitment to the immediate resolution of the abductions issue.`,
        {
          title:
            'Joint Statement from the Trilateral Meeting of the United States of America, Japan, and the Republic of Korea',
        },
      ),
    );
    const abductions = themed.commitments.find((c) => c.text.includes('abductions issue'));
    expect(abductions?.actors).toEqual(['official:iwaya-takeshi']);
    expect(abductions?.implicitAbout ?? []).not.toContain('country:usa');
  });

  it('a region in a heading is its theme (“Beyond the Korean Peninsula”), no implicit context', () => {
    const themed = extract(
      doc(
        `${MEETING}\n\nGlobal Partnership: Beyond the Korean Peninsula and the Indo-Pacific\n\nThe Secretary and Foreign Ministers reiterated their commitment to the immediate resolution of the abductions issue.`,
        {
          title:
            'Joint Statement from the Trilateral Meeting of the United States of America, Japan, and the Republic of Korea',
        },
      ),
    );
    const abductions = themed.commitments.find((c) => c.text.includes('abductions issue'));
    expect(abductions?.stance).toBe('reaffirm');
    for (const id of abductions?.implicitAbout ?? []) expect(id).not.toMatch(/^region:/);
  });

  it('emits the named meeting, PARTICIPATED_IN and SIGNED', () => {
    const event = result.entities.find((e) => e.type === 'Event');
    expect(event?.name).toBe(
      'Trilateral Meeting of the United States of America, Japan, and the Republic of Korea',
    );
    const participants = result.relations
      .filter((r) => r.type === 'PARTICIPATED_IN' && r.to === event?.id)
      .map((r) => r.from)
      .sort();
    expect(participants).toEqual(officials);
    const signed = result.relations.filter((r) => r.type === 'SIGNED');
    expect(signed.map((r) => r.from).sort()).toEqual(['country:jpn', 'country:kor', 'country:usa']);
    expect(signed.every((r) => r.to === 'doc:test')).toBe(true);
    expect(result.documents[0]?.place).toBe('New York City');
  });

  it('two stances in one clause pair are two commitments; one "will" over several verbs is one', () => {
    const two = extract(
      doc(
        'We will build resilience, accelerate efforts on climate, and advance data flows. We emphasized the importance of peace and expressed concern about coercion.',
        { title: 'Joint Statement of the United States and Japan' },
      ),
    );
    const first = two.commitments.filter((c) => c.sentenceId === 'sentence:test:0');
    expect(first.map((c) => c.stance)).toEqual(['commit']);
    expect(first[0]?.actors.sort()).toEqual(['country:jpn', 'country:usa']);
    const second = two.commitments.filter((c) => c.sentenceId === 'sentence:test:1');
    expect(second.map((c) => c.stance)).toEqual(['recognize', 'concern']);
  });

  it('a stance word without a speaker is not a commitment', () => {
    const none = extract(
      doc('This investment will bolster security. The support of partners is welcome news.', {
        title: 'Joint Statement of the United States and Japan',
      }),
    );
    expect(none.commitments).toEqual([]);
  });
});

describe('extract: whole corpus', () => {
  const files = readdirSync('data/corpus')
    .filter((name) => name.endsWith('.txt'))
    .map((name) => `data/corpus/${name}`);

  it.each(files)('%s validates against the schema, with exact offsets', async (path) => {
    const extraction = extract(await readDocument(path));
    const parsed = ExtractionSchema.safeParse(extraction);
    expect(
      parsed.success,
      parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3)),
    ).toBe(true);
    expect(extraction.sentences.length).toBeGreaterThan(5);
    expect(extraction.commitments.length).toBeGreaterThan(0);
    const sentences = new Map(extraction.sentences.map((s) => [s.id, s]));
    for (const mention of extraction.mentions) {
      const sentence = sentences.get(mention.sentenceId)!;
      expect(sentence).toBeDefined();
      const local = sentence.text.slice(
        mention.start - sentence.start,
        mention.end - sentence.start,
      );
      expect(local).toBe(mention.text);
    }
    const ids = new Set(extraction.entities.map((e) => e.id));
    for (const c of extraction.commitments) {
      for (const id of [...c.actors, ...c.about, ...c.targets, ...(c.implicitAbout ?? [])]) {
        expect(ids.has(id), `${c.id} refers to unknown ${id}`).toBe(true);
      }
    }
    for (const r of extraction.relations) {
      expect(ids.has(r.from)).toBe(true);
      if (r.type !== 'SIGNED') expect(ids.has(r.to)).toBe(true);
    }
    expect(new Set(extraction.entities.map((e) => e.id)).size).toBe(extraction.entities.length);
  });

  // Six whole-document extractions: seconds on a loaded 2-core machine, not a speed check.
  it('is deterministic and merges documents without duplicating entities', async () => {
    const docs = await Promise.all(files.slice(0, 3).map((path) => readDocument(path)));
    const a = docs.map((d) => extract(d));
    const b = docs.map((d) => extract(d));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const merged = mergeExtractions(a);
    expect(ExtractionSchema.safeParse(merged).success).toBe(true);
    expect(merged.documents).toHaveLength(3);
    expect(merged.entities.filter((e) => e.id === 'country:usa')).toHaveLength(1);
    const aliases = merged.entities.find((e) => e.id === 'country:usa')!.aliases;
    expect(new Set(aliases).size).toBe(aliases.length);
  }, 60_000);
});
