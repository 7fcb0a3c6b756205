/**
 * A stance verb joined by "and" to the opening subject's verb keeps that subject when a long
 * fronted adjunct or a long title stands before it, and a statement's own body named again by a
 * definite head ("The joint committee pledged …") is the body.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function stancesOf(title: string, body: string): { trigger: string; actors: string[] }[] {
  const result = extractText(title, body, 'reach');
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  return result.commitments.map((c) => ({
    trigger: c.trigger,
    actors: c.actors.map((id) => names.get(id) ?? id).sort(),
  }));
}

describe('the opening subject of a coordinated stance', () => {
  it('reaches past a long fronted adjunct', () => {
    const found = stancesOf(
      'Readout of Deputy National Security Advisor Anne Neuberger’s Trip to Ghana',
      'Deputy National Security Advisor Anne Neuberger traveled to Accra on May 3. During separate meetings with members of the Parliamentary Select Committee on Defence and Interior (PSCDI) and Minister Albert Kan-Dapaah, Ms. Neuberger expressed condolences for the victims of the recent floods in the Volta Region and reiterated the U.S. commitment to strengthen cyber resilience in Ghana.',
    );
    const reiterated = found.find((c) => c.trigger.startsWith('reiterated'));
    expect(reiterated?.actors).toEqual(['Anne Neuberger']);
  });

  it('keeps a subject led by a long title', () => {
    const found = stancesOf(
      'Readout of Deputy National Security Advisor Anne Neuberger’s Trip to Ghana',
      'Deputy National Security Advisor Anne Neuberger traveled to Accra on May 3. Deputy National Security Advisor Neuberger also met with journalists and conveyed U.S. support for a free and independent press in Ghana.',
    );
    const conveyed = found.find((c) => c.trigger.startsWith('conveyed'));
    expect(conveyed?.actors).toEqual(['Anne Neuberger']);
  });
});

describe('a statement’s own body named again', () => {
  it('a definite head with a modifier of the body’s name is the body', () => {
    const found = stancesOf(
      'Joint Statement following the First Meeting of the Bilateral Wildfire Committee',
      'In March, the leaders of Canada and the United States directed the formation of a Bilateral Wildfire Committee to guide joint action on wildfires. The bilateral committee pledged to share satellite data on wildfires across the border.',
    );
    const pledged = found.find((c) => c.trigger.startsWith('pledged'));
    expect(pledged?.actors).toEqual(['Bilateral Wildfire Committee']);
  });

  it('a head the body’s name does not end in names no one', () => {
    const found = stancesOf(
      'Joint Statement following the First Meeting of the Bilateral Wildfire Committee',
      'In March, the leaders of Canada and the United States directed the formation of a Bilateral Wildfire Committee to guide joint action on wildfires. The bilateral council pledged to share satellite data on wildfires across the border.',
    );
    expect(found.find((c) => c.trigger.startsWith('pledged'))).toBeUndefined();
  });
});

describe('coordinated titles', () => {
  it('a hyphened title names its holder, and the bare title its own holder', () => {
    const found = stancesOf(
      'Readout of President Joe Biden’s Call with President-elect Claudia Sheinbaum of Mexico',
      'President Joe Biden spoke today with President-elect Claudia Sheinbaum of Mexico to congratulate her on her election. The President and President-elect welcomed the close partnership between the United States and Mexico.',
    );
    const welcomed = found.find((c) => c.trigger.startsWith('welcomed'));
    expect(welcomed?.actors).toEqual(['Claudia Sheinbaum', 'Joe Biden']);
  });
});

describe('a verbless time-frame heading', () => {
  it('makes its imperative bullets the parties’ undertakings', () => {
    const found = stancesOf(
      'Joint Statement of the United States and Kenya on Water Security',
      'The United States and Kenya share a vision of water security for all.\n\nIn the near term:\n\nExpand access to clean drinking water in rural counties of Kenya.\n\nWe will also convene experts on groundwater management.',
    );
    const expand = found.find((c) => c.trigger.startsWith('Expand'));
    expect(expand?.actors).toEqual(['Kenya', 'United States']);
  });

  it('leaves a bullet with no imperative verb alone', () => {
    const found = stancesOf(
      'Joint Statement of the United States and Kenya on Water Security',
      'The United States and Kenya share a vision of water security for all.\n\nIn the near term:\n\nInvestments in clean drinking water for rural counties of Kenya.',
    );
    expect(found.find((c) => c.trigger.startsWith('Investments'))).toBeUndefined();
  });
});
