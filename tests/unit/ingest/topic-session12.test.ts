/**
 * General topic rules of session 12 (helper topics31), written in the genres' style, never a gold
 * sentence: ideals and honoured people as thesaurus concepts; a "freedom of" phrase read whole; a
 * comma list of ideals named item by item.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../support/readoutTopics';

describe('ideals and honoured people are topics of their own', () => {
  it.each([
    ['We will defend liberty against tyranny wherever it appears.', ['liberty', 'tyranny']],
    ['We will always stand against communism and oppression.', ['communism', 'oppression']],
    ['We salute our veterans and the brave warfighters of the Pacific.', ['veterans']],
    ['Today we honor every fallen hero of that war.', ['heroes']],
  ])('%s', (sentence, topics) => {
    const [about] = aboutOf(sentence);
    for (const topic of topics) expect(about).toContain(topic);
  });
});

describe('a "freedom of" phrase names a kind of freedom, read whole', () => {
  it.each([
    ['The leaders reaffirmed their support for freedom of assembly.', 'freedom of assembly'],
    ['They called on all parties to respect freedom of movement.', 'freedom of movement'],
  ])('%s keeps %s', (sentence, topic) => {
    const [about] = aboutOf(sentence);
    expect(about).toContain(topic);
    expect(about).not.toContain('freedom');
  });
});

describe('a comma list of three or more ideals names each', () => {
  it('splits a list with an ideal beyond the peace-and-stability family', () => {
    const [about] = aboutOf(
      'We remain committed to the cause of justice, security, dignity, and peace for all.',
    );
    for (const topic of ['justice', 'security', 'dignity', 'peace']) expect(about).toContain(topic);
    expect((about ?? []).filter((name) => /cause/.test(name))).toEqual([]);
  });

  it('names a list of the peace-and-stability family whole (no single words)', () => {
    const [about] = aboutOf(
      'We remain committed to promoting peace, security, and stability in the region.',
    );
    for (const topic of ['peace', 'security', 'stability'])
      expect(about ?? []).not.toContain(topic);
    expect(about).toContain('peace, security and stability');
  });

  it('leaves two ideals to the coordination rules', () => {
    const [about] = aboutOf('We will promote safety and dignity at work.');
    expect(about ?? []).not.toContain('safety');
  });
});

describe('a narrative relative clause about people adds no topic', () => {
  it.each([
    [
      'We honor the veterans who fought in distant jungles against brutal aggression.',
      /jungles|aggression/,
    ],
    ['We salute the soldiers whose courage secured lasting freedom for the island.', /freedom/],
    ['We remember every hero who has given his life in defense of liberty.', /liberty/],
  ])('%s', (sentence, inside) => {
    const [about] = aboutOf(sentence);
    expect((about ?? []).filter((name) => inside.test(name))).toEqual([]);
  });

  it('keeps the honoured people and a state that is no deed', () => {
    expect(aboutOf('We honor the veterans who fought in distant jungles.')[0]).toContain(
      'veterans',
    );
    const [about] = aboutOf(
      'We call for the release of all journalists who are detained for their work on democracy.',
    );
    expect(about).toContain('democracy');
  });
});

describe("a named owner's economy or revenues is a topic of its own", () => {
  it.each([
    ['We will help rebuild Ukraine’s economy.', 'economy of Ukraine'],
    // the thesaurus (session 14) folds "revenues of Russia" into the gold's "Russia's revenues"
    ['We will continue to reduce Russia’s revenues from metals.', "Russia's revenues"],
  ])('%s', (sentence, topic) => {
    expect(aboutOf(sentence)[0]).toContain(topic);
  });
});

describe('rebuilding is the act a stance is about', () => {
  it('names the act with its object', () => {
    const [about] = aboutOf('We pledge to rebuild our military.');
    expect(about).toContain('rebuilding of military');
  });
});

describe('a tribute names whom it honours, not the virtue', () => {
  it.each([
    ['We honor the courage of the nurses of the Pacific.', /courage/],
    ['We pay tribute to the bravery and sacrifice of our firefighters.', /bravery|sacrifice/],
    ['We recommit to the simple truth and our moral duty.', /truth|duty/],
  ])('%s', (sentence, virtue) => {
    const [about] = aboutOf(sentence);
    expect((about ?? []).filter((name) => virtue.test(name))).toEqual([]);
  });

  it('keeps the honoured people of a legacy', () => {
    const [about] = aboutOf('We vow to carry forward the legacy of the fallen heroes.');
    expect(about).toContain('fallen heroes');
  });
});

describe('concrete domain nouns the thesaurus knows as one word', () => {
  it.each([
    [
      'We will work together to halt deforestation and protect wetlands.',
      ['deforestation', 'wetlands'],
    ],
    ['We call for the release of all hostages.', ['hostages']],
    ['We will respond to cyberattacks on critical infrastructure.', ['cyberattacks']],
    ['We will reduce the risk of misunderstandings and miscalculation.', ['miscalculation']],
  ])('%s', (sentence, topics) => {
    const [about] = aboutOf(sentence);
    for (const topic of topics) expect(about).toContain(topic);
  });
});
