/**
 * The meeting a readout's title names is an Event, even when the body only says who met; a
 * statement that names no meeting, in its title or its text, has none (gold conventions, settled
 * in session 7). The call or trilateral a readout's title names is the conversation it reports,
 * an Event too (blind gold of round 5: two call readouts out of three declare it).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract';
import { extractText, memoryDocument } from '../../support/extractText';

function events(title: string, body: string) {
  const result = extractText(title, body, 'meeting-event');
  return result.entities.filter((entity) => entity.type === 'Event').map((entity) => entity.name);
}

describe('the meeting a readout reports', () => {
  it('is the Event its title names, when the body only says who met', () => {
    expect(
      events(
        'Readout of Secretary Blinken’s Meeting with Foreign Minister Penny Wong of Australia',
        'Secretary Blinken met with Foreign Minister Penny Wong of Australia in Canberra today. They discussed maritime security in the Indo-Pacific.',
      ),
    ).toEqual(['Secretary Blinken’s Meeting with Foreign Minister Penny Wong of Australia']);
  });

  it('is no Event when neither the title nor the text names a meeting', () => {
    expect(
      events(
        'Statement on the Trilateral Talks',
        'The national security advisors of the United States and Japan met for talks today. They discussed maritime security in the Indo-Pacific.',
      ),
    ).toEqual([]);
  });

  it('is the Event a call readout names', () => {
    expect(
      events(
        'Readout of President Biden’s Call with Prime Minister Fumio Kishida of Japan',
        'On the call, the leaders reaffirmed the strength of the U.S.-Japan Alliance.',
      ),
    ).toEqual(['President Biden’s Call with Prime Minister Fumio Kishida of Japan']);
  });

  it('is the Event a readout of a trilateral names', () => {
    expect(
      events(
        'Readout of Secretary Austin’s Trilateral with Minister Marles of Australia and Minister Nakatani of Japan',
        'Secretary Austin met today with his counterparts from Australia and Japan.',
      ),
    ).toEqual([
      'Secretary Austin’s Trilateral with Minister Marles of Australia and Minister Nakatani of Japan',
    ]);
  });

  it('is no Event for a readout of a trip', () => {
    expect(
      events(
        'Readout of Secretary Austin’s Travel to Australia',
        'Secretary Austin spoke with Australian officials about defense cooperation.',
      ),
    ).toEqual([]);
  });

  it('is the Event a trip title names when the text refers back to the trip', () => {
    expect(
      events(
        'Statement by NSC Spokesperson Jane Roe on Deputy National Security Advisor John Doe’s Travel to the Republic of Korea',
        'Deputy National Security Advisor John Doe traveled to Seoul this week. Throughout his trip, he met with Korean officials to discuss cyber security.',
      ),
    ).toEqual(['Deputy National Security Advisor John Doe’s Travel to the Republic of Korea']);
    expect(
      events(
        'Readout of Senior Administration Official Travel to Ghana and Senegal',
        'Deputy National Security Advisor John Doe traveled to Ghana and Senegal. The visit underscored our commitment to the region.',
      ),
    ).toEqual(['Senior Administration Official Travel to Ghana and Senegal']);
    expect(
      events(
        'Statement from NSC Spokesperson Jane Roe on the Travel of National Security Advisor John Doe to Japan',
        'National Security Advisor John Doe has traveled to Tokyo. During his visit, he will meet his counterpart.',
      ),
    ).toEqual(['Travel of National Security Advisor John Doe to Japan']);
  });

  it('is no Event for a trip to a named meeting, whatever the text says of it', () => {
    expect(
      events(
        'Statement from Press Secretary Jane Roe on President Biden’s Travel to San Francisco for APEC Leaders’ Week',
        'President Biden will travel to San Francisco. During his visit, he will host the APEC leaders.',
      ),
    ).not.toContain('President Biden’s Travel to San Francisco for APEC Leaders’ Week');
  });

  it('is the Event a joint statement on the meeting, call or round names', () => {
    const titled = (title: string) =>
      events(title, 'The two sides discussed regional security and agreed to meet again.');
    expect(
      titled('Joint Statement on the Meeting of the U.S.-Israel Strategic Consultative Group'),
    ).toEqual(['Meeting of the U.S.-Israel Strategic Consultative Group']);
    expect(
      titled('Joint Statement on the Phone Call between President Biden and President Macron'),
    ).toEqual(['Phone Call between President Biden and President Macron']);
    expect(titled('Joint Statement on the Second Round of U.S.-Germany Economic Dialogue')).toEqual(
      ['Second Round of U.S.-Germany Economic Dialogue'],
    );
    expect(
      titled(
        'Joint Statement on the Strategic Third Neighbor Partnership between the United States and Mongolia',
      ),
    ).toEqual([]);
  });

  it('is the gathering a readout names, whatever its format', () => {
    const body =
      'Officials convened leaders from across the country to discuss small business lending.';
    expect(
      events('Readout of White House Roundtable on Increasing Tribal Access to Capital', body),
    ).toEqual(['White House Roundtable on Increasing Tribal Access to Capital']);
    expect(
      events('Readout of First Convening of Lawyers in Defense of Reproductive Rights', body),
    ).toEqual(['First Convening of Lawyers in Defense of Reproductive Rights']);
    expect(
      events(
        'Readout of Vice President Harris’s Engagement with President Yoon on Space Cooperation',
        body,
      ),
    ).toEqual(['Vice President Harris’s Engagement with President Yoon on Space Cooperation']);
    expect(
      events('Readout of Vice President Harris’s Participation in the Summit for Democracy', body),
    ).not.toContain('Vice President Harris’s Participation in the Summit for Democracy');
  });

  it('is one Event when the text repeats the title’s name for it, a second gathering otherwise', () => {
    expect(
      events(
        'Readout of First-Ever White House Summit on Extreme Heat',
        'Today the White House Summit on Extreme Heat brought together local leaders. They discussed resilience.',
      ),
    ).toEqual(['First-Ever White House Summit on Extreme Heat']);
    expect(
      events(
        'Joint Statement on the Second Round of U.S.-Germany Economic Dialogue',
        'The talks took place under the aegis of the U.S.-Germany Economic Dialogue.',
      ),
    ).toEqual(['Second Round of U.S.-Germany Economic Dialogue']);
  });

  it('is the Event a spokesperson’s statement on an official’s meeting names', () => {
    expect(
      events(
        'Statement by NSC Spokesperson Jane Roe on National Security Advisor John Doe’s Meeting with Foreign Minister Penny Wong of Australia',
        'National Security Advisor John Doe met today with Foreign Minister Penny Wong of Australia. They discussed maritime security.',
      ),
    ).toEqual([
      'National Security Advisor John Doe’s Meeting with Foreign Minister Penny Wong of Australia',
    ]);
  });

  it('is the Event a statement on a meeting names without a possessive', () => {
    const body = 'They discussed the economic recovery and agreed to stay in touch.';
    expect(
      events(
        'Statement by Press Secretary Jane Roe on President John Doe and Vice President Jane Moss’ Meeting with Republican Senators',
        body,
      ),
    ).toEqual([
      'President John Doe and Vice President Jane Moss’ Meeting with Republican Senators',
    ]);
    expect(
      events(
        'Readout from NSC Spokesperson on National Security Advisor John Doe Meeting with Israeli National Security Advisor Eyal Hulata',
        body,
      ),
    ).toEqual([
      'National Security Advisor John Doe Meeting with Israeli National Security Advisor Eyal Hulata',
    ]);
    expect(
      events(
        'Statement by President John Doe on Support for Ukraine and Call with President Zelenskyy',
        body,
      ),
    ).toEqual([]);
  });

  it('is no Event for a spokesperson’s statement on a launch', () => {
    expect(
      events(
        'Statement by NSC Spokesperson Jane Roe on the DPRK’s Ballistic Missile Launch',
        'The United States condemns the DPRK’s ballistic missile launch.',
      ),
    ).toEqual([]);
  });

  const XI_TITLE = 'Readout of President Joe Biden’s Meeting with President Xi Jinping of China';
  const titleEvents = (date: string) =>
    extract({
      ...memoryDocument(
        XI_TITLE,
        'President Biden met with President Xi Jinping today. They discussed trade.',
        date,
      ),
      date,
    }).entities.filter((entity) => entity.type === 'Event');

  it('is one node per occurrence: the same title on two dates gives two Events', () => {
    const eventIds = (date: string) => titleEvents(date).map((entity) => entity.id);
    const [bali] = eventIds('2022-11-14');
    const [lima] = eventIds('2024-11-16');
    expect(bali).toMatch(/^event:.*2022-11-14$/);
    expect(lima).toMatch(/^event:.*2024-11-16$/);
    expect(eventIds('2022-11-14')).toEqual([bali]);
  });

  it('names the occurrence with its date, so two such nodes read apart (gold, session 14)', () => {
    const [meeting] = titleEvents('2022-11-14');
    expect(meeting?.name).toBe(
      'President Joe Biden’s Meeting with President Xi Jinping of China (November 14, 2022)',
    );
    expect(meeting?.aliases).toContain(
      'President Joe Biden’s Meeting with President Xi Jinping of China',
    );
  });
});
