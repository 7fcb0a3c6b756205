/**
 * "looks forward to welcoming X to the White House" under "Statement … on the Visit of X": the
 * welcome is the title's visit, which goes in its `about` (commitments/welcomedVisit.ts).
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

/** The Event names in `about` of the statement's welcome, or undefined when there is none. */
function welcomeEvents(title: string, body: string): string[] | undefined {
  const result = extractText(title, body);
  const events = new Map(
    result.entities.filter((e) => e.type === 'Event').map((e) => [e.id, e.name]),
  );
  const welcome = result.commitments.find((c) => /welcom/i.test(c.trigger));
  return welcome?.about.flatMap((id) => events.get(id) ?? []);
}

const VISIT =
  'Statement by White House Press Secretary Jen Psaki on the Visit of President Andrzej Duda of Poland';

describe('a preview of a visit: the welcome is about the visit', () => {
  it.each([
    [
      VISIT,
      'President Biden looks forward to welcoming President Andrzej Duda of Poland to the White House on March 12, 2024. The leaders will discuss energy security.',
    ],
    [
      'Statement from White House Press Secretary Karine Jean-Pierre on the Official Visit of Prime Minister Mark Rutte of the Netherlands',
      'President Biden looks forward to welcoming Prime Minister Mark Rutte to Washington, D.C. next week. They will discuss support for Ukraine.',
    ],
    [
      'Statement by White House Press Secretary Jen Psaki on the Bilateral Meeting between President Joe Biden and Prime Minister Mario Draghi of Italy',
      'President Biden looks forward to welcoming Prime Minister Mario Draghi of Italy to the White House on May 10, 2022.',
    ],
  ])('%s', (title, body) => {
    expect(welcomeEvents(title, body)?.join()).toMatch(/Visit|Meeting/);
  });

  it.each([
    // A readout's own meeting is not the future visit its guest is welcomed to.
    [
      'Readout of President Biden’s Meeting with President Andrzej Duda of Poland',
      'President Biden met today with President Andrzej Duda of Poland. President Biden looks forward to welcoming President Duda to Washington later this year.',
    ],
    // Welcoming a thing, not a guest brought to a place.
    [
      VISIT,
      'President Biden welcomes Poland’s commitment to energy security. The leaders will discuss NATO.',
    ],
  ])('leaves the title event out: %s', (title, body) => {
    expect(welcomeEvents(title, body)?.join() ?? '').not.toMatch(/Visit|Meeting with/);
  });
});
