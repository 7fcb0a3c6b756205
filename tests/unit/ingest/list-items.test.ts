/**
 * List items without a subject of their own under a stance lead-in ("jointly committed to the
 * following actions: / Launching … / Encouraging …") are commitments of the lead-in's actors with
 * the lead-in's stance (data/gold/README.md, session 17); the list ends at a sentence of another
 * kind, and a lead-in whose colon finishes a relative clause ("an agenda that will:") opens none.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';

function commitments(paragraphs: string[]) {
  const result = extract({
    path: 'memory/list-items.txt',
    basename: 'list-items',
    format: 'text',
    title: 'Joint Statement of the United States and France',
    body: paragraphs.join('\n\n'),
    sha256: 'd'.repeat(64),
  });
  return result.commitments.map((c) => ({
    text: c.text,
    stance: c.stance,
    trigger: c.trigger,
    actors: [...c.actors].sort(),
  }));
}

const BOTH = ['country:fra', 'country:usa'];
const LEAD = 'We jointly committed to the following actions in support of this mission.';
const FIRST = 'Launching a project to counter ransomware with artificial intelligence;';
const SECOND = 'Encouraging reporting of ransomware incidents to national authorities; and';
const THIRD = 'Sharing actionable information with our partners.';

describe('list items under a stance lead-in', () => {
  it('gives each subjectless item the lead-in’s stance and actors, past a sub-heading', () => {
    const found = commitments([LEAD, 'Developing Capabilities', FIRST, SECOND, THIRD]);
    expect(found.filter((c) => c.text !== LEAD)).toEqual([
      { text: FIRST, stance: 'commit', trigger: 'Launching', actors: BOTH },
      { text: SECOND, stance: 'commit', trigger: 'Encouraging', actors: BOTH },
      { text: THIRD, stance: 'commit', trigger: 'Sharing', actors: BOTH },
    ]);
  });

  it('keeps an item closed by "; and" a sentence of its own', () => {
    const texts = commitments([LEAD, SECOND, THIRD]).map((c) => c.text);
    expect(texts).toContain(SECOND);
    expect(texts).toContain(THIRD);
  });

  it('ends the list at a sentence of another kind', () => {
    const prose = 'The partnership has a long history.';
    const found = commitments([LEAD, FIRST, prose, THIRD]);
    expect(found.map((c) => c.text)).toEqual([LEAD, FIRST]);
  });

  it('opens no list after a colon that finishes a relative clause (a remit)', () => {
    const lead = 'We are dedicated to advancing the clean energy agenda that will:';
    const item = 'Create a clean electricity standard for the power sector.';
    expect(commitments([lead, item]).map((c) => c.text)).not.toContain(item);
  });

  it('reads no item without a lead-in', () => {
    expect(commitments([FIRST, SECOND])).toEqual([]);
  });
});
