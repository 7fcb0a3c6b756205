/**
 * A coordinated subject whose last conjunct no shape reads (commitments/coordinatedSubject.ts,
 * data/rules/coordinated-subjects.json): the conjuncts read speak, unnamed officials stand for
 * the body their phrase names, and neither a verb's coordinated objects nor a clause of its own
 * is read as a subject. Table-driven: [title, body, sentence, expected actors or null (no
 * commitment of that sentence)].
 */
import { describe, expect, it } from 'vitest';
import { loadCoordinatedSubjects } from '../../../ingest/rules/coordinatedSubjects';
import { extractText } from '../../support/extractText';

type Row = [title: string, body: string, sentence: string, actors: string[] | null];

const ASEAN_CALL =
  'Statement by NSC Spokesperson Emily Horne on National Security Advisor Jake Sullivan’s Call with ASEAN Ambassadors';
const PRESIDENT = 'Statement from President Joe Biden on Ukraine';
const TRAVEL = 'Statement by Press Secretary on the Vice President’s Travel to Bahrain';

const ROWS: Row[] = [
  // Unnamed officials after a named one: the one named, and the body the officials stand for.
  [
    ASEAN_CALL,
    'National Security Advisor Jake Sullivan spoke today with ambassadors of ASEAN. Mr. Sullivan and the ASEAN ambassadors discussed the situation in Burma.',
    'Mr. Sullivan and the ASEAN ambassadors discussed the situation in Burma.',
    ['ASEAN', 'Jake Sullivan'],
  ],
  // A serial list ending in a group noun: every party the list names.
  [
    'Joint US-EU Press Release on the Global Methane Pledge',
    'The United States, the European Union, and other early supporters will continue to enlist additional countries to join the pledge.',
    'The United States, the European Union, and other early supporters will continue to enlist additional countries to join the pledge.',
    ['European Union', 'United States'],
  ],
  // A clause after ", and": its subject's read half.
  [
    PRESIDENT,
    'Let me be clear: the Ukrainian people deserve to live in peace, and the United States and the broader international community must continue to stand with Ukraine.',
    'Let me be clear: the Ukrainian people deserve to live in peace, and the United States and the broader international community must continue to stand with Ukraine.',
    ['United States'],
  ],
  // A fronted phrase with no verb of its own before the subject.
  [
    'Joint Statement on the U.S.-EU Summit',
    'In meetings in Brussels, the United States and various stakeholder groups discussed supply chain security.',
    'In meetings in Brussels, the United States and various stakeholder groups discussed supply chain security.',
    ['United States'],
  ],
  // A clause of its own before "and": not one subject.
  [
    PRESIDENT,
    'Russia invaded Ukraine and the civilized world condemned the attack.',
    'Russia invaded Ukraine and the civilized world condemned the attack.',
    null,
  ],
  // A participle makes the last conjunct a clause.
  [
    PRESIDENT,
    'The United States and Sweden joining the exercise will further strengthen NATO’s collective security.',
    'The United States and Sweden joining the exercise will further strengthen NATO’s collective security.',
    null,
  ],
  // A possessive thing, not a party.
  [
    'Joint Statement on the U.S.-Ukraine Strategic Partnership',
    'United States’ assistance and advisory programs support these reform initiatives.',
    'United States’ assistance and advisory programs support these reform initiatives.',
    null,
  ],
  // A clause ending in a comma is no fronted phrase: the verb's coordinated objects stay objects.
  [
    TRAVEL,
    'On January 16, the Vice President will meet with leaders in Manama, Bahrain and visit Naval Support Activity Bahrain.',
    'On January 16, the Vice President will meet with leaders in Manama, Bahrain and visit Naval Support Activity Bahrain.',
    null,
  ],
];

describe('coordinated subjects with an unread conjunct', () => {
  it.each(ROWS)('%#: %s', (title, body, sentence, expected) => {
    const result = extractText(title, body, 'coordinated-subjects');
    const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
    const found = result.commitments.filter((c) => c.text === sentence);
    if (expected === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.actors.map((id) => names.get(id) ?? id).sort()).toEqual(expected);
  });
});

describe('data/rules/coordinated-subjects.json', () => {
  const VALID = {
    clauseWords: ['that'],
    auxiliaries: ['will'],
    counterpartHeads: ['heads of mission'],
    pronouns: ['we'],
    innerWords: ['of'],
    openingAdverbs: ['today'],
  };
  it.each([
    ['an uppercase word', { ...VALID, pronouns: ['We'] }],
    ['two words where one is wanted', { ...VALID, innerWords: ['of the'] }],
    ['an empty list', { ...VALID, auxiliaries: [] }],
  ])('refuses %s, naming the file', (_, json) => {
    expect(() => loadCoordinatedSubjects(json)).toThrow(/coordinated-subjects\.json/);
  });
});
