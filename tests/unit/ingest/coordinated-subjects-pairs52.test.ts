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
  // A fronted phrase whose list closed with its "and", and one after a clause's "and".
  [
    'Readout of National Security Advisor Jake Sullivan’s Meeting with Diplomatic Advisor Francesco Talò of Italy',
    'National Security Advisor Jake Sullivan met today with Francesco Talò. Following on the July 27 meeting between President Biden and PM Meloni, Sullivan and Talo reaffirmed the support of both countries for Ukraine.',
    'Following on the July 27 meeting between President Biden and PM Meloni, Sullivan and Talo reaffirmed the support of both countries for Ukraine.',
    ['Jake Sullivan'],
  ],
  [
    'The United States’ Enduring Commitment to the Indo-Pacific',
    'The IPP attended the past three NATO Summits and at the most recent Washington Summit, NATO and the IPP pledged to cooperate on flagship projects.',
    'The IPP attended the past three NATO Summits and at the most recent Washington Summit, NATO and the IPP pledged to cooperate on flagship projects.',
    ['NATO'],
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
  // Coordinated demonyms share a head: officials stand for both countries, a thing for none.
  [
    'Fact Sheet: U.S.-Mexico Bilateral Cooperation',
    'U.S. and Mexican law enforcement agencies will partner to exchange information.',
    'U.S. and Mexican law enforcement agencies will partner to exchange information.',
    ['Mexico', 'United States'],
  ],
  [
    'Fact Sheet: Delivering on the Next Generation of Innovation',
    'U.S. and Australian research partnership continues to drive forward research on clean energy.',
    'U.S. and Australian research partnership continues to drive forward research on clean energy.',
    null,
  ],
  // A list a preposition or a relative holds is no subject of its own.
  [
    'Fact Sheet: Advancing Equity',
    'To support veterans, a new collaboration among the Social Security Administration, Bureau of Prisons, and the Department of Veterans Affairs will automate information-sharing.',
    'To support veterans, a new collaboration among the Social Security Administration, Bureau of Prisons, and the Department of Veterans Affairs will automate information-sharing.',
    null,
  ],
  [
    'Fact Sheet: Investing in America',
    'The trip comes as the President, Vice President, and Cabinet are fanning out across the country.',
    'The trip comes as the President, Vice President, and Cabinet are fanning out across the country.',
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

describe('a "They" after a coordination read in part', () => {
  it('keeps who "They" stood for before', () => {
    const result = extractText(
      'Readout of National Security Advisor Jake Sullivan’s Meeting with Diplomatic Advisor Francesco Talò of Italy',
      'National Security Advisor Jake Sullivan met today with Diplomatic Advisor to the Prime Minister of Italy Francesco Talò. Sullivan and Talo discussed efforts to deepen cooperation. They consulted on the current situation in Niger.',
      'coordinated-they',
    );
    const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
    const they = result.commitments.find((c) => c.text.startsWith('They consulted'));
    expect(they?.actors.map((id) => names.get(id) ?? id).sort()).toEqual([
      'Francesco Talò',
      'Jake Sullivan',
    ]);
  });
});

describe('data/rules/coordinated-subjects.json', () => {
  const VALID = {
    clauseWords: ['that'],
    auxiliaries: ['will'],
    counterpartHeads: ['heads of mission'],
    objectWords: ['among'],
    frontedOpeners: ['in'],
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
