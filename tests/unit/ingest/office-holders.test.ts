/**
 * Officials named by office ("Today, the President of the United States and the President of the
 * French Republic met …"): a sentence-initial adverb is never a name, and the office is an alias
 * of the holder the document names (title, text, signature or apposition), else the official is
 * named by the office (gold conventions, sessions 10 and 12).
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function officials(title: string, body: string) {
  const result = extractText(title, body, 'office-holders');
  return result.entities
    .filter((entity) => entity.type === 'Official')
    .map((entity) => ({
      name: entity.name,
      aliases: [...entity.aliases].sort(),
      country: entity.attributes?.country,
    }));
}

const MEETING =
  'Today, the President of the United States and the President of the French Republic met in Washington. The Presidents reaffirm their support for Ukraine.';

describe('officials named by office', () => {
  it('never names an official after a sentence-initial adverb', () => {
    const names = officials('Joint Statement', MEETING).map((o) => o.name);
    expect(names).not.toContain('Today');
  });

  it('are the holders the title names, each with the office’s country', () => {
    expect(
      officials(
        'Joint Statement Following the Meeting Between President Biden and President Macron',
        MEETING,
      ),
    ).toEqual([
      { name: 'Joe Biden', aliases: ['President of the United States'], country: 'United States' },
      { name: 'Macron', aliases: ['President of the French Republic'], country: 'France' },
    ]);
  });

  it('make the officials who met the actors of "The Presidents"', () => {
    const result = extractText(
      'Joint Statement Following the Meeting Between President Biden and President Macron',
      MEETING,
    );
    const support = result.commitments.find((c) => c.stance === 'reaffirm');
    expect(support?.actors.sort()).toEqual(['official:joe-biden', 'official:macron']);
  });

  it('is the holder named in apposition', () => {
    const found = officials(
      'Joint Statement',
      'Today, the President of the United States, Joseph R. Biden, welcomed the Prime Minister of Japan to the White House.',
    );
    expect(found.find((o) => o.name === 'Joe Biden')?.aliases).toContain(
      'President of the United States',
    );
  });

  it('is named by the office when the document never names the holder', () => {
    expect(
      officials(
        'The New Charter',
        'Today, the President of the United States and the Chancellor of Germany affirm their commitment to close cooperation.',
      ).map((o) => [o.name, o.country]),
    ).toEqual([
      ['President of the United States', 'United States'],
      ['Chancellor of Germany', 'Germany'],
    ]);
  });

  it('is no office when it is a role, a remit or part of another title', () => {
    const names = officials(
      'Readout',
      'He served as Vice President of the United States. She met the Ambassador of Mexico to the United States and the National Security Advisor to the Prime Minister of Sweden.',
    ).map((o) => o.name);
    expect(names).not.toContain('Vice President of the United States');
    expect(names).not.toContain('Ambassador of Mexico');
    expect(names).not.toContain('Prime Minister of Sweden');
  });
});

describe('the meeting a joint statement follows', () => {
  it('is the Event its title names', () => {
    const result = extractText(
      'Joint Statement Following the Meeting Between President Biden and President Macron',
      MEETING,
    );
    expect(result.entities.filter((e) => e.type === 'Event').map((e) => e.name)).toContain(
      'Meeting Between President Biden and President Macron',
    );
  });
});

describe('officials with their country written before the title', () => {
  const BODY =
    'National Security Advisor Jake Sullivan met today with Republic of Korea 1st Vice Foreign Minister Cho Hyundong and Vice Defense Minister Shin Beomchul to discuss the U.S.-ROK Alliance, regional security situation, and U.S-ROK efforts to strengthen deterrence in the face of the DPRK’s increasingly destabilizing activities.';

  it('represent that country, a coordinated title included', () => {
    const found = officials('Readout', BODY);
    expect(found.find((o) => o.name === 'Cho Hyundong')?.country).toBe('Republic of Korea');
    expect(found.find((o) => o.name === 'Shin Beomchul')?.country).toBe('Republic of Korea');
  });

  it('keep the ordinal rank in the title', () => {
    const result = extractText('Readout', BODY);
    const cho = result.entities.find((entity) => entity.name === 'Cho Hyundong');
    expect(cho?.attributes?.title).toBe('1st Vice Foreign Minister');
  });

  it('leave that country out of what the meeting was about (it is a party)', () => {
    const result = extractText('Readout', BODY);
    const discuss = result.commitments.find((c) => c.trigger === 'discuss');
    expect(discuss?.about).toContain('organization:u-s-rok-alliance');
    expect(discuss?.about).not.toContain('country:kor');
  });
});

describe('national offices written with the country before the title', () => {
  const SIGNED =
    'The Presidents welcome the Statement of Intent signed on November 30, 2022, by the U.S. Secretary of Defense and French Minister of Armed Forces, which allows for increased interoperability.';

  it('are officials named by the office, with its country', () => {
    expect(officials('Joint Statement', SIGNED)).toEqual([
      {
        name: 'U.S. Secretary of Defense',
        aliases: ['U.S. Secretary of Defense'],
        country: 'United States',
      },
      {
        name: 'French Minister of Armed Forces',
        aliases: ['French Minister of Armed Forces'],
        country: 'France',
      },
    ]);
  });

  it('are what the clause is about, and no body is read into them', () => {
    const result = extractText('Joint Statement', SIGNED);
    expect(result.entities.filter((e) => e.type === 'Organization')).toEqual([]);
    const welcome = result.commitments.find((c) => c.trigger === 'welcome');
    expect(welcome?.about).toContain('official:french-minister-of-armed-forces');
    expect(welcome?.about).not.toContain('country:usa');
  });

  it('take a date after "on", not a remit or a diplomatic post', () => {
    const dated = officials(
      'Joint Statement',
      'We build on the Statement of Intent signed by the French Minister for the Armed Forces on November 30, 2022.',
    );
    expect(dated.map((o) => o.name)).toEqual(['French Minister for the Armed Forces']);
    const posts = officials(
      'Statement',
      'He served at the U.S. Consulate General in Osaka and as the U.S. Special Envoy to the region.',
    );
    expect(posts).toEqual([]);
  });
});
