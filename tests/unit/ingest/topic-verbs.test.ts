/**
 * A listed verb's act with its object is the topic (data/rules/topic-quality.json
 * `verbNominals`), written in the genres' style, never a gold sentence.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

describe('a listed verb and its object name the act (verbNominals)', () => {
  it.each([
    [
      'They called on Russia to completely and unconditionally withdraw its military forces from the occupied regions.',
      'withdrawal of military forces',
    ],
    [
      'The leaders committed to reform the World Health Organization.',
      'World Health Organization reform',
    ],
    ['The leaders committed to strengthen and reform the World Trade Organization.', 'WTO reform'],
    // The nominalisation then goes through the thesaurus (session 14: 'weaponization of energy').
    ['They condemned all attempts to weaponize energy supplies.', 'weaponization of energy'],
    // "… by force" is the gold-learnt `acquisition of territory by force`, a name of its own.
    ['They pledged to counter attempts to acquire territory.', 'acquisition of territory'],
  ])('%s → %s', (sentence, topic) => {
    const [about] = aboutOf(sentence);
    expect(about).toContain(topic);
  });

  it('reads the object with the verb, not alone', () => {
    const [about] = aboutOf(
      'They called on Russia to immediately withdraw its military forces from the occupied regions.',
    );
    expect(about).not.toContain('military forces');
  });

  it('reads a pair of listed verbs as one act, from the first', () => {
    const [about] = aboutOf('They pledged to counter attempts to evade and circumvent sanctions.');
    expect(about).toContain('sanctions evasion');
    expect((about ?? []).filter((name) => /circumvention/.test(name))).toEqual([]);
  });

  it('leaves a listed word that is a noun, and a verb after the pair, alone', () => {
    const [controls] = aboutOf('They agreed to coordinate on export controls.');
    expect((controls ?? []).filter((name) => /^export of/.test(name))).toEqual([]);
    const [stop] = aboutOf(
      'They called on the group to withdraw and stop supporting the militias.',
    );
    expect((stop ?? []).filter((name) => /^withdrawal of/.test(name))).toEqual([]);
  });
});

describe('a bracketed acronym before a noun modifies it as the name would', () => {
  it('reads "World Trade Organization (WTO) reform" as the concept "WTO reform"', () => {
    const [about] = aboutOf(
      'They are committed to advancing World Trade Organization (WTO) reform.',
    );
    expect(about).toContain('WTO reform');
  });

  it("reads a body's acronym and the noun after it as one topic", () => {
    const [about] = aboutOf(
      'They support Office of the High Commissioner for Human Rights (OHCHR) investigations.',
    );
    expect(about).toContain('OHCHR investigations');
  });

  it("leaves an owner's acronym after a possessive alone", () => {
    const [about] = aboutOf(
      'They committed to address the Democratic People’s Republic of Korea’s (DPRK) nuclear and ballistic missile programs.',
    );
    expect(about).toContain('nuclear programs');
  });
});

describe('a word between an article and a name modifies the name', () => {
  it('ends the phrase before the article ("the signing of a multi-year Agreement")', () => {
    const [about] = aboutOf(
      'They welcomed the signing of a multi-year Special Measures Agreement.',
    );
    expect((about ?? []).filter((name) => /multi-year$/.test(name))).toEqual([]);
  });

  it('keeps the phrase whole before the article ("international waters in the southern …")', () => {
    const [about] = aboutOf('They will protect international waters in the southern Red Sea.');
    expect(about).toContain('international waters');
  });
});
