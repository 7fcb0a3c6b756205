/**
 * The declaration form (data/rules/declarations.json, ingest/commitments/operative.ts): a subject
 * paragraph naming the parties ("WE, the Member States of … and …, on the occasion of …,"), a
 * preamble of capitalised participles and heads, each its own paragraph, then an operative formula
 * ("WE HEREBY DECLARE:", "Hereby decide to:", "The Ministers:") over items with no subject, each
 * a commitment of the declaring subject with its own verb's stance. The sentences are written for
 * this test in the style of ASEAN and UN declarations, not copied from any statement.
 */
import { describe, expect, it } from 'vitest';
import { isPreambleParagraph, normalise } from '../../../ingest/normalise';
import { markdownToText } from '../../../ingest/read/markdown';
import { extractText } from '../../support/extractText';

interface Found {
  text: string;
  stance: string;
  trigger: string;
  actors: string[];
}

/** The paragraphs (Markdown, as the archive writes them, when `markdown`) extracted as one text. */
function run(paragraphs: string[], title = 'Joint Vision Statement', markdown = false) {
  const body = paragraphs.join('\n\n');
  const result = extractText(title, markdown ? markdownToText(body) : body, 'declaration');
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  const found: Found[] = result.commitments.map((c) => ({
    text: c.text,
    stance: c.stance,
    trigger: c.trigger,
    actors: c.actors.map((id) => names.get(id) ?? id).sort(),
  }));
  return { found, skipped: result.skipped ?? [], sentences: result.sentences };
}

const SUBJECT =
  'WE, the Member States of the Association of Southeast Asian Nations (ASEAN) and the Republic of Korea, on the occasion of the Commemorative Summit in Busan,';
const PARTIES = ['ASEAN', 'Republic of Korea'];

describe('preamble paragraphs of a declaration', () => {
  it('knows a paragraph opened by a participle or a head and closed by a semicolon', () => {
    for (const text of [
      'RECOGNIZING that our partnership has grown over three decades;',
      'FURTHER REAFFIRMING our shared commitment to the rule of law;',
      'DEEPLY CONCERNED about the spread of online scams in the region; and',
      'GUIDED BY the purposes and principles of the Charter of the United Nations;',
      'Convinced that open trade sustains growth;',
      'Mindful of the needs of least developed countries;',
      'Recognizing the value of their energy partnership;',
    ])
      expect(isPreambleParagraph(text), text).toBe(true);
    for (const text of [
      'RECOGNIZING that our partnership has grown over three decades.',
      'The Ministers recognized the progress made;',
      'WE, the Member States of ASEAN and the Republic of Korea;',
      'Concerns were raised about the project;',
    ])
      expect(isPreambleParagraph(text), text).toBe(false);
  });

  it('keeps the subject paragraph ending in a comma apart from the first participle', () => {
    const text = normalise(`${SUBJECT}\n\nRECOGNIZING that our partnership has grown;`);
    expect(text.split('\n\n')).toHaveLength(2);
  });

  it('reads each head as the stance of the parties the subject paragraph names', () => {
    const { found } = run([
      SUBJECT,
      'GUIDED BY the principles of the ASEAN Charter;',
      'CONVINCED that people-to-people ties sustain our partnership;',
      'DESIRING to deepen cooperation on the digital economy;',
      'DEEPLY CONCERNED about the spread of online scams in the region;',
    ]);
    expect(found.map((c) => [c.stance, c.trigger, c.actors])).toEqual([
      ['recognize', 'GUIDED BY', PARTIES],
      ['recognize', 'CONVINCED that', PARTIES],
      ['support', 'DESIRING', PARTIES],
      ['concern', 'DEEPLY CONCERNED about', PARTIES],
    ]);
  });

  it('keeps a recalled event in a preamble paragraph as a recognition of its own', () => {
    const recalling =
      'RECALLING the adoption of the Joint Statement on Smart Cities at the 20th Summit in Singapore in 2018;';
    const { found } = run([SUBJECT, recalling]);
    expect(found).toEqual([
      { text: recalling, stance: 'recognize', trigger: 'RECALLING', actors: PARTIES },
    ]);
  });

  it('leaves a fronted "Guided by …," before a main clause to that clause', () => {
    const text = 'Guided by our shared values, we will deepen cooperation on clean energy.';
    const { found } = run([SUBJECT, text]);
    expect(found.map((c) => c.trigger)).not.toContain('Guided by');
  });
});

describe('the operative part of a declaration', () => {
  const PREAMBLE = [SUBJECT, 'RECOGNIZING that our partnership has grown over three decades;'];

  it('gives each headless item the declaring parties, its own verb deciding the stance', () => {
    const { found } = run([
      ...PREAMBLE,
      'WE HEREBY DECLARE TO:',
      'ESTABLISH a joint centre for cyber incident response;',
      'PROMOTE exchanges between our universities;',
      'CONTINUE to support the ASEAN Smart Cities Network;',
      'ENCOURAGE the private sector to invest in green shipping;',
      'ADOPTED in Busan, Republic of Korea, on the Fourth Day of June in the Year Two Thousand and Twenty-Six.',
    ]);
    expect(found.slice(1).map((c) => [c.stance, c.trigger, c.actors])).toEqual([
      ['commit', 'ESTABLISH', PARTIES],
      ['commit', 'PROMOTE', PARTIES],
      ['support', 'CONTINUE to support', PARTIES],
      ['encourage', 'ENCOURAGE', PARTIES],
    ]);
  });

  it('takes no stance from the formula itself, and logs why', () => {
    const { found, skipped } = run([...PREAMBLE, 'We hereby decide to:', 'Support the plan;']);
    expect(found.map((c) => c.text)).not.toContain('We hereby decide to:');
    expect(skipped.map((s) => s.reason)).toContain('complement-clause');
    expect(found.at(-1)).toMatchObject({ stance: 'support', trigger: 'Support' });
  });

  it('reads Markdown bullets in bold and goes on past a sub-heading ending in a colon', () => {
    const { found } = run(
      [
        '**WE**, the Member States of the Association of Southeast Asian Nations (ASEAN) and Australia, on the occasion of the Special Summit in Melbourne,',
        '**NOTING** the importance of the ASEAN Outlook on the Indo-Pacific;',
        '**DO HEREBY DECLARE:**',
        'Political-Security Cooperation:',
        '-   **STRENGTHEN** maritime cooperation, including through joint exercises;\n-   **WELCOME** the establishment of the ASEAN-Australia Centre; and',
        '**Economic Cooperation**',
        '-   **EXPAND** trade in clean energy goods.',
        'Done at Melbourne on 6 March 2026.',
      ],
      'ASEAN-Australia Special Summit Declaration',
      true,
    );
    expect(found.map((c) => [c.stance, c.trigger, c.actors])).toEqual([
      ['recognize', 'NOTING the importance', ['ASEAN', 'Australia']],
      ['commit', 'STRENGTHEN', ['ASEAN', 'Australia']],
      ['welcome', 'WELCOME', ['ASEAN', 'Australia']],
      ['commit', 'EXPAND', ['ASEAN', 'Australia']],
    ]);
  });

  it('reads paragraphs numbered in bold, and an item whose verb follows "FURTHER"', () => {
    const { found } = run(
      [
        '**1 WE,** the Member States of the Association of Southeast Asian Nations (ASEAN) and Canada, gathered on the occasion of the Commemorative Summit in Vientiane;',
        '**2** **WELCOMING** the growth of our cooperation since the dialogue began;',
        '**3 RECOGNIZING** that our partnership serves the region;',
        '**WE** **HEREBY DECLARE TO:**',
        '-   **UPGRADE** our relations to a Comprehensive Strategic Partnership.',
        '-   **FURTHER REAFFIRM** our support for ASEAN centrality.',
        '-   **FURTHER PROMOTE** exchanges between our young leaders.',
      ],
      'ASEAN-Canada Leaders’ Statement',
      true,
    );
    const parties = ['ASEAN', 'Canada'];
    expect(found.map((c) => [c.stance, c.trigger, c.actors])).toEqual([
      ['welcome', 'WELCOMING', parties],
      ['recognize', 'RECOGNIZING', parties],
      ['commit', 'UPGRADE', parties],
      ['reaffirm', 'FURTHER REAFFIRM our support', parties],
      ['commit', 'PROMOTE', parties],
    ]);
  });

  it('reads a UN-style communiqué: "The Ministers:" over numbered subjectless paragraphs', () => {
    const { found } = run(
      [
        'The Foreign Ministers of Brazil, India and South Africa met in Brasília on 10 May 2026.',
        'The Ministers:',
        '1. Reaffirm their commitment to reform of the United Nations Security Council;',
        '2. Express deep concern over rising food prices;',
        '3. Agree to hold the next meeting in Pretoria.',
        'The meeting was held in a spirit of friendship.',
      ],
      'Joint Communiqué of the IBSA Ministerial Meeting',
    );
    const trio = ['Brazil', 'India', 'South Africa'];
    expect(found.map((c) => [c.stance, c.actors])).toEqual([
      ['reaffirm', trio],
      ['concern', trio],
      ['commit', trio],
    ]);
  });

  it('ends the list at a sentence of another kind', () => {
    const { found } = run([
      ...PREAMBLE,
      'WE HEREBY DECLARE:',
      'SUPPORT regional efforts against online scams;',
      'The Summit was attended by the Secretary-General of ASEAN.',
      'Expand trade in critical minerals.',
    ]);
    expect(found.map((c) => c.trigger)).toEqual(['RECOGNIZING', 'SUPPORT']);
  });

  it('keeps an ordinary lead-in ("agreed to:") deciding its items, as before', () => {
    const { found } = run(
      ['The leaders agreed to:', 'Support the expansion of the regional power grid;'],
      'Joint Statement of the United States and Japan',
    );
    expect(found.map((c) => c.stance)).toEqual(['commit', 'commit']);
  });
});
