/**
 * List items without a subject of their own under a stance lead-in ("jointly committed to the
 * following actions: / Launching … / Encouraging …") are commitments of the lead-in's actors with
 * the lead-in's stance (data/gold/README.md, session 17); the list ends at a sentence of another
 * kind, and a lead-in whose colon finishes a relative clause ("an agenda that will:") opens none.
 */
import { describe, expect, it } from 'vitest';
import { commitmentRows } from '../../support/commitmentRows';

function commitments(paragraphs: string[]) {
  return commitmentRows(paragraphs, 'list-items');
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

  it('reads a verbless item under a commit lead-in as a commit, its head noun the trigger', () => {
    const lead = 'We committed to grow the following areas of collaboration:';
    const item = 'Joint research partnerships to train the clean energy workforce.';
    expect(commitments([lead, item]).find((c) => c.text === item)).toEqual({
      text: item,
      stance: 'commit',
      trigger: 'Joint research partnerships',
      actors: BOTH,
    });
  });

  it('reads no verbless item under a lead-in of another stance, nor one with a clause', () => {
    const noted = 'We take note of the following purchases:';
    const item = 'Contracts for the supply of medical equipment to regional hospitals.';
    expect(commitments([noted, item]).map((c) => c.text)).not.toContain(item);
    const clause = 'An initial report of findings will be published in the spring.';
    expect(commitments([LEAD, clause]).map((c) => c.text)).not.toContain(clause);
  });

  it('keeps an imperative item with commas, and the list past a bullet’s second sentence', () => {
    const lead = 'We will work together with willing partners to:';
    const first =
      'Mobilize investment from governments, the private sector, and development banks.';
    const second = 'Expand access to fertilizers. This effort will also reduce shortages.';
    const third = 'Promote effective agricultural practices.';
    const texts = commitments([lead, first, second, third]).map((c) => c.text);
    expect(texts).toContain(first);
    expect(texts).toContain(third);
  });

  it('keeps the list past title-case sub-headings that end in a colon', () => {
    const lead = 'We welcomed enhanced cooperation across the following domains:';
    const heading = 'Batteries and Clean Energy Technology:';
    const first = 'Expand joint research on next-generation battery materials.';
    const next = 'Artificial Intelligence and Standards (AI):';
    const second = 'Deepen cooperation on testing methods for trustworthy systems.';
    const found = commitments([lead, heading, first, next, second]);
    expect(found.find((c) => c.text === first)).toMatchObject({ stance: 'welcome', actors: BOTH });
    expect(found.find((c) => c.text === second)).toMatchObject({ stance: 'welcome', actors: BOTH });
  });

  it('ends the list at a new announcement that opens none', () => {
    const next = 'Specifically, the new plan will:';
    const item = 'Expand access to fertilizers.';
    expect(commitments([LEAD, FIRST, next, item]).map((c) => c.text)).not.toContain(item);
  });

  it('reads lowercase gerund and noun-gerund items continuing a colon lead-in', () => {
    const lead = 'To protect our citizens, we are joining forces and pledge to:';
    const first =
      'strengthening oversight within our own agencies to ensure that such tools respect privacy, the rule of law, and due process;';
    const second =
      'capacity building for partner governments, including to better detect intrusions;';
    const found = commitments([lead, first, second]);
    expect(found.find((c) => c.text === first)?.trigger).toBe('strengthening');
    expect(found.find((c) => c.text === second)?.trigger).toBe('capacity building');
  });

  it('reads no lowercase noun word like "something" as an item verb', () => {
    const lead = 'We committed to the following:';
    const item = 'something of a different kind entirely has happened.';
    expect(commitments([lead, item]).map((c) => c.text)).not.toContain(item);
  });
});
