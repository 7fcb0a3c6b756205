/**
 * Session 17 (recne17): named-entity recall by construction class. Sentences written in the
 * archive's style, not copied from a gold file.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

const named = (body: string, type: string) =>
  extractText('Statement', body, 't')
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);

describe('a title, "of", its body and the person, with no comma', () => {
  it.each([
    [
      'The session was opened by Director of the National Economic Council Brian Deese and Administrator of the Small Business Administration Isabel Guzman.',
      ['Brian Deese', 'Isabel Guzman'],
    ],
    [
      'Chair of the Federal Trade Commission Lina Khan joined Director of the Cybersecurity and Infrastructure Security Agency Jen Easterly at the event.',
      ['Lina Khan', 'Jen Easterly'],
    ],
    [
      'President Biden spoke with President of the European Commission Ursula von der Leyen today.',
      ['Ursula von der Leyen'],
    ],
  ])('names the official, not an Organization of body and person: %s', (body, people) => {
    expect(named(body, 'Official')).toEqual(expect.arrayContaining(people));
    for (const name of named(body, 'Organization')) {
      for (const person of people) expect(name).not.toContain(person);
    }
  });

  it('takes a surname alone only for an official named before', () => {
    const body =
      'Mr. Sullivan supported the talks hosted by President of the European Council Charles Michel. Secretary Blinken later called President of the European Council Michel.';
    expect(named(body, 'Official')).toContain('Charles Michel');
    expect(named(body, 'Official').filter((name) => name.includes('Council'))).toEqual([]);
    expect(named(body, 'Organization').filter((name) => name.includes('Michel'))).toEqual([]);
  });

  it('names no person in a body’s complement or a unit’s words', () => {
    const body =
      'She served as Chairman of the Board of Navy Pier and as Director of Fleet Training in Norfolk.';
    expect(named(body, 'Official')).toEqual([]);
  });
});

describe('a name the lexicon lacks, owning another name', () => {
  it.each([
    [
      'The President welcomed Norway joining the Blue Dot Network’s Executive Steering Committee.',
      'Program',
      'Blue Dot Network',
    ],
    [
      'The leaders welcomed Chile’s role in the Summit for Democracy’s Year of Action.',
      'Event',
      'Summit for Democracy',
    ],
    [
      'She was a fellow at the Massachusetts Institute of Technology’s Media Lab Initiative.',
      'Organization',
      'Massachusetts Institute of Technology',
    ],
  ])('is found with the name it owns, typed by its own head: %s', (body, type, owner) => {
    expect(named(body, type)).toContain(owner);
  });

  it.each([
    [
      'The statement marks the Release of the Administration’s Indo-Pacific Strategy two years ago.',
      'Release of the Administration',
    ],
    [
      'He served in the White House Office on Women’s Initiatives and Outreach Council.',
      'White House Office on Women',
    ],
    [
      'She was a trustee of the Tampa Museum of Art and Tampa’s Straz Center for the Performing Arts.',
      'Tampa Museum of Art and Tampa',
    ],
  ])(
    'is no name when its head is only in a complement, a person noun or after "and": %s',
    (body, owner) => {
      const all = extractText('Statement', body, 't').entities.map((e) => e.name);
      expect(all).not.toContain(owner);
    },
  );
});

describe('a generational suffix after a full name', () => {
  it('is no surname: the bare surname later is the same official', () => {
    const officials = extractText(
      'Statement',
      'Secretary of Defense Lloyd J. Austin III traveled to Seoul. Secretary Austin met the troops there.',
      't',
    ).entities.filter((e) => e.type === 'Official');
    expect(officials.map((e) => e.name)).toEqual(['Lloyd J. Austin III']);
    expect(officials[0]!.aliases).toContain('Austin');
  });
});

describe('a demonym before "American(s)"', () => {
  it('names a heritage, not the state', () => {
    const body =
      'We honor the Japanese Americans who were incarcerated and the Korean American veterans who served.';
    expect(named(body, 'Country')).not.toContain('Japan');
    expect(named(body, 'Country')).not.toContain('Republic of Korea');
  });

  it('still names the state when it modifies something else', () => {
    expect(
      named('The Japanese and American governments agreed to deepen cooperation.', 'Country'),
    ).toContain('Japan');
  });
});

describe('a long title with its remit before the name', () => {
  it('keeps the remit out of the name when an appositive title follows', () => {
    const body =
      'The meeting was chaired by Deputy National Security Advisor for Climate Finance Laura Brent, Deputy Prime Minister for Reconstruction of Ukraine Oleksandr Kubrakov, and donors.';
    const officials = named(body, 'Official');
    expect(officials).toEqual(expect.arrayContaining(['Laura Brent', 'Oleksandr Kubrakov']));
    expect(officials.filter((name) => name.includes('Finance'))).toEqual([]);
  });
});

describe('"with" inside a name', () => {
  it.each([
    [
      'Today we mark the anniversary of the Americans with Disabilities Act.',
      'Instrument',
      'Americans with Disabilities Act',
    ],
    [
      'The leaders support the Convention on the Rights of Persons with Disabilities.',
      'Instrument',
      'Convention on the Rights of Persons with Disabilities',
    ],
    [
      'She led the American Association of People with Disabilities for a decade.',
      'Organization',
      'American Association of People with Disabilities',
    ],
  ])('joins a people noun to its complement: %s', (body, type, name) => {
    expect(named(body, type)).toContain(name);
  });

  it('joins nothing else', () => {
    expect(
      named('Readout of the Vice President’s Meeting with Prime Minister Kishida.', 'Event'),
    ).not.toContain('Vice President’s Meeting with Prime Minister Kishida');
  });
});

describe('"North American"', () => {
  it('is the region, not the United States through "American"', () => {
    const body =
      'The agreement is a driver for North American prosperity and North American supply chains.';
    expect(named(body, 'Region')).toContain('North America');
    expect(named(body, 'Country')).not.toContain('United States');
  });
});

describe('recurring names without a head noun the finder knows (lexicon)', () => {
  it.each([
    [
      'The partners coordinate as members of the Friends of the Mekong group.',
      'Organization',
      'Friends of the Mekong',
    ],
    [
      'The leaders welcomed progress under the G7 Hiroshima AI Process.',
      'Program',
      'Hiroshima AI Process',
    ],
    ['We continue to support the ACT-Accelerator and COVAX.', 'Program', 'ACT-Accelerator'],
    ['Red Cross workers were imprisoned by rebels.', 'Organization', 'Red Cross'],
  ])('%s', (body, type, name) => {
    expect(named(body, type)).toContain(name);
  });
});

describe('a title, "of", a portfolio or a state and the person, with no comma', () => {
  it.each([
    ['The delegation included Undersecretary of Public Security Ricardo Mejia.', ['Ricardo Mejia']],
    [
      'Governor of California Gavin Newsom and Governor of Texas Greg Abbott joined the call.',
      ['Gavin Newsom', 'Greg Abbott'],
    ],
    [
      'Director of the Office of Intergovernmental Affairs Julie Rodriguez opened the meeting.',
      ['Julie Rodriguez'],
    ],
    ['Speaker of the House Nancy Pelosi welcomed the leaders.', ['Nancy Pelosi']],
  ])('names the official from a given name on: %s', (body, people) => {
    expect(named(body, 'Official')).toEqual(expect.arrayContaining(people));
  });

  it('takes no place that opens with a given name', () => {
    const officials = named(
      'Governor of North Carolina Roy Cooper met the delegation in Raleigh.',
      'Official',
    );
    expect(officials).toEqual(['Roy Cooper']);
  });
});

describe('a recalled meeting with its date before the head', () => {
  it.each([
    [
      'Building on their positive March 3 conversation, the two leaders reaffirmed the partnership.',
      'March 3 conversation',
    ],
    ['The meeting follows their June 4, 2023, telephone call.', 'June 4, 2023 telephone call'],
    [
      'Building on the October 2021 meeting in Rome, the leaders agreed to act.',
      'October 2021 meeting in Rome',
    ],
  ])('is an Event named with its date: %s', (body, name) => {
    expect(named(body, 'Event')).toContain(name);
  });

  it('keeps the venue as a place', () => {
    expect(
      named('Building on the October 2021 meeting in Rome, the leaders agreed to act.', 'Region'),
    ).toContain('Rome');
  });
});

describe('"Pacific island countries" and its variants', () => {
  it('are the Pacific Island Countries, not the Pacific Ocean', () => {
    const body =
      'We will strengthen our cooperation with Pacific island countries and Pacific Island nations.';
    expect(named(body, 'Region')).toEqual(['Pacific Island Countries']);
  });
  // CONVENTIONS 3.3 (s38 ruling): the states are a grouping apart from the place.
  it('keeps the place "the Pacific Islands" apart from the states', () => {
    const body =
      'We will address the concerns of the Pacific Islands and work with Pacific Island states.';
    expect(named(body, 'Region').sort()).toEqual(['Pacific Island Countries', 'Pacific Islands']);
  });
});

describe('a capital made to bear costs or sent a signal', () => {
  it('stands for its government', () => {
    const body =
      'The leaders agreed on measures to impose severe economic costs on Moscow and on signaling to Moscow a united response.';
    expect(named(body, 'Country')).toContain('Russia');
    expect(named(body, 'Region')).not.toContain('Moscow');
  });

  it('is the place after a plain locative', () => {
    expect(named('The Secretary traveled to Moscow last year.', 'Region')).toContain('Moscow');
  });
});

describe('an alias with no letter ("2+2")', () => {
  it('names the body standing alone', () => {
    expect(named('The ministers will meet at the next 2+2 in Tokyo.', 'Organization')).toContain(
      'Security Consultative Committee',
    );
  });

  it('names no body after a capitalised modifier or a quote', () => {
    const body =
      'The leaders welcomed the U.S.-India 2+2 Ministerial Dialogue and the new Economic “2+2” between the two governments.';
    expect(named(body, 'Organization')).not.toContain('Security Consultative Committee');
  });
});

describe('a demonym before "American" and a name going on', () => {
  it('still names the state ("the German American Chamber of Commerce")', () => {
    expect(
      named('He led a delegation with the German American Chamber of Commerce.', 'Country'),
    ).toContain('Germany');
  });
});

describe('a role before a body, more role words', () => {
  it.each([
    [
      'Spain assumes the Presidency of the Council of the European Union this July.',
      'Council of the European Union',
    ],
    [
      'She is Dean of the Elliott School of International Affairs.',
      'Elliott School of International Affairs',
    ],
    [
      'He was Chairman of the Committee on Education and Labor.',
      'Committee on Education and Labor',
    ],
  ])('is no part of the body’s name: %s', (body, name) => {
    expect(named(body, 'Organization')).toContain(name);
  });
});

describe('a visit named by its head alone before a preposition', () => {
  it('is the Event ("the upcoming State Visit by …")', () => {
    expect(
      named('They discussed preparations for the upcoming State Visit by President Ruto.', 'Event'),
    ).toContain('State Visit');
  });

  // Session 44: "signed an Executive Order to …" is the one order signed (names.json issuedHeads,
  // gold 7 of 8 files), so the bare head left alone is one with no determiner of that list.
  it('leaves other bare heads alone ("a Task Force to …")', () => {
    expect(
      named('Each agency will stand up a Task Force to expand access to care.', 'Program'),
    ).toEqual([]);
  });
});

describe('a compass direction before a country', () => {
  it('names a part of it, a place of its own, the country kept', () => {
    const body =
      'They will promote development in southern Mexico and condemned attacks in northwestern Syria.';
    expect(named(body, 'Region')).toEqual(
      expect.arrayContaining(['Southern Mexico', 'Northwestern Syria']),
    );
    expect(named(body, 'Country')).toEqual(expect.arrayContaining(['Mexico', 'Syria']));
  });
});
