/**
 * Session 49 (events49): title forms naming the statement's own meeting that meeting.ts's forms
 * missed (names.json `titleMeetingForms`). Titles written in the releases' style, not copied from
 * a gold file.
 */
import { describe, expect, it } from 'vitest';
import { meetingInTitle } from '../../../ingest/entities/meetingInTitle';
import { meetingOfTitleForm } from '../../../ingest/entities/titleMeetingForms';
import { lexicon } from '../../../ingest/lexicon';

describe('the meeting a title form names', () => {
  it.each([
    [
      'Statement by Press Secretary Ann Lee on President Biden’s Virtual Meeting with Prime Minister Støre of Norway',
      'President Biden’s Virtual Meeting with Prime Minister Støre of Norway',
    ],
    [
      'Statement From Spokesperson Ann Lee on Vice President Kamala Harris’s Virtual Bilateral Meeting with President Arévalo of Guatemala',
      'Vice President Kamala Harris’s Virtual Bilateral Meeting with President Arévalo of Guatemala',
    ],
    [
      'Statement from NSC Spokesperson Ann Lee on the U.S.-India Talks on Space Security',
      'U.S.-India Talks on Space Security',
    ],
    [
      'Joint Statement on U.S.-France Consultations on the Sahel',
      'U.S.-France Consultations on the Sahel',
    ],
    [
      'Statement by NSC Spokesperson Ann Lee on U.S. Consultations with Chile and Peru in Lima',
      'U.S. Consultations with Chile and Peru in Lima',
    ],
    [
      'Statement by NSC Spokesperson Ann Lee on the U.S.-Estonia Strategic Dialogue on the Arctic',
      'U.S.-Estonia Strategic Dialogue on the Arctic',
    ],
    [
      'Statement by NSC Spokesperson Ann Lee on the Third Round of U.S.-Japan Energy Dialogue',
      'Third Round of U.S.-Japan Energy Dialogue',
    ],
    [
      'Joint Statement Following the Summit of the Leaders of the United States and the Central American States',
      'Summit of the Leaders of the United States and the Central American States',
    ],
    [
      'Joint Statement Following the 2023 U.S.-Chile High-Level Energy Dialogue',
      '2023 U.S.-Chile High-Level Energy Dialogue',
    ],
    [
      'Joint Press Statement Following a Call between President Joe Biden and Prime Minister Petteri Orpo',
      'Call between President Joe Biden and Prime Minister Petteri Orpo',
    ],
  ])('%s', (title, name) => {
    expect(meetingInTitle(lexicon(), title)).toBe(name);
  });

  it.each([
    // Launching a dialogue creates a Program; no meeting is reported.
    'Joint U.S.-Chile Statement on Launching Strategic Energy Dialogue',
    'Statement by Press Secretary Ann Lee on Launching the U.S.-Chile Energy Dialogue',
    // Talks named by their format alone name no meeting of their own.
    'Statement on the Trilateral Talks',
    'Statement by NSC Spokesperson Ann Lee on the Bilateral Consultations',
    // A dialogue named after a colon, no "on": the standing dialogue (a Program).
    'Joint Statement: U.S.-Chile High-Level Security Dialogue',
    // Five words before the head: a phrase the gold names otherwise.
    'Statement by NSC Spokesperson on National Security Advisor Jake Sullivan’s Trilateral Dialogue with Japan',
    // A bare "Following Call" is named by who spoke (meeting.ts), not by this form.
    'Joint Statement by President Joe Biden and President Lula Following Call',
    // No modifier: meeting.ts's own form, not this one.
    'Statement by Press Secretary Ann Lee on President Biden’s Meeting with Prime Minister Støre',
  ])('no title-form meeting in %s', (title) => {
    expect(meetingOfTitleForm(title)).toBeUndefined();
  });

  it('leaves a bare "Following Call" to the speakers’ name', () => {
    expect(
      meetingInTitle(
        lexicon(),
        'Joint Statement by President Joe Biden and President Lula Following Call',
      ),
    ).toBe('Call between President Joe Biden and President Lula');
  });
});
