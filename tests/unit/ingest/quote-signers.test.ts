/**
 * Signature lines right under a quotation that opens the statement ("“… each other’s success.” /
 * President X / Prime Minister Y") name the quote's signers, whom the body then calls by title
 * alone ("The Prime Minister and the President agreed …"): the titles resolve to the signers.
 * Lines that follow no quotation are no signature.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function actorsOf(body: string): string[][] {
  const result = extractText(
    'Roadmap for a Renewed U.S.-Canada Partnership',
    body,
    'quote-signers',
  );
  const name = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  return result.commitments.map((c) => c.actors.map((id) => name.get(id) ?? id).sort());
}

const QUOTE =
  '“It is in the shared interest of the United States and Canada to renew our partnership.”';

describe('signers under an opening quotation', () => {
  it.each([
    [
      'The Prime Minister and the President committed to working closely together on health.',
      ['Joe Biden', 'Justin Trudeau'],
    ],
    [
      'The Prime Minister committed to partnering with the United States on energy.',
      ['Justin Trudeau'],
    ],
  ])('%s', (sentence, actors) => {
    const body = `${QUOTE}\n\nPresident Joe Biden\n\nPrime Minister Justin Trudeau\n\n${sentence}`;
    expect(actorsOf(body)).toEqual([actors]);
  });

  it('are no signers when no quotation stands before the lines', () => {
    const body = `The two countries met today.\n\nPresident Joe Biden\n\nPrime Minister Justin Trudeau\n\nThe Prime Minister committed to partnering with the United States on energy.`;
    expect(actorsOf(body)).toEqual([]);
  });
});
