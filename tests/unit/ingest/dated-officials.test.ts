import { describe, expect, it } from 'vitest';
import { datedOfficial } from '../../../ingest/entities/datedOfficials';
import type { OfficialFinding } from '../../../ingest/entities/officials';
import { lexicon } from '../../../ingest/lexicon';
import { officialsSchema } from '../../../ingest/rules/lexiconSchemas';

const finding = (surname: string, title: string, countryId?: string): OfficialFinding => ({
  candidate: {
    entityId: `official:${surname.toLowerCase()}`,
    type: 'Official',
    start: 0,
    end: surname.length,
    text: surname,
    source: 'official',
  },
  title,
  ...(countryId ? { countryId } : {}),
  span: { start: 0, end: surname.length },
});

const resolve = (surname: string, title: string, date: string, countryId?: string) =>
  datedOfficial(lexicon().dated!, finding(surname, title, countryId), date)?.entityId;

describe('dated officials', () => {
  it('resolves a title and surname inside the term', () => {
    expect(resolve('Macron', 'President', '2024-11-26')).toBe('official:emmanuel-macron');
    expect(resolve('Trudeau', 'Prime Minister', '2023-10-22', 'country:can')).toBe(
      'official:justin-trudeau',
    );
  });

  it('resolves heads the releases name by surname or short name alone', () => {
    expect(resolve('Lavrov', 'Foreign Minister', '2021-05-24')).toBe('official:sergey-lavrov');
    expect(resolve('Fernandez', 'President', '2022-09-08')).toBe('official:alberto-fernandez');
    expect(resolve('Lula', 'President', '2023-02-10')).toBe('official:luiz-inacio-lula-da-silva');
    expect(resolve('Fernandez', 'President', '2024-06-01')).toBeUndefined();
  });

  it('resolves the heads of state and government a readout names by title and surname', () => {
    expect(resolve('Mitsotakis', 'Prime Minister', '2023-05-04', 'country:grc')).toBe(
      'official:kyriakos-mitsotakis',
    );
    expect(resolve('Kallas', 'Prime Minister', '2022-02-19')).toBe('official:kaja-kallas');
    // The plain-letter form resolves to the diacritic name.
    expect(resolve('Nauseda', 'President', '2022-02-19')).toBe('official:gitanas-nauseda');
    expect(resolve('Martin', 'Taoiseach', '2021-03-17')).toBe('official:micheal-martin');
    // Earlier terms of a leader and leaders named by surname in one-party statements.
    expect(resolve('Netanyahu', 'Prime Minister', '2021-05-15')).toBe(
      'official:benjamin-netanyahu',
    );
    expect(resolve('Bolsonaro', 'President', '2022-12-02')).toBe('official:jair-bolsonaro');
    expect(resolve('Bolsonaro', 'President', '2023-03-01')).toBeUndefined();
    expect(resolve('Bazoum', 'President', '2023-08-03')).toBe('official:mohamed-bazoum');
    expect(resolve('Haitham', 'Sultan', '2023-11-10')).toBe('official:haitham-bin-tariq-al-said');
    // Out of office, or another title: no one.
    expect(resolve('Bennett', 'Prime Minister', '2023-01-10')).toBeUndefined();
    expect(resolve('Kallas', 'President', '2022-02-19')).toBeUndefined();
  });

  it('does not resolve outside the term', () => {
    expect(resolve('Trudeau', 'Prime Minister', '2025-06-01')).toBeUndefined();
    expect(resolve('Johnson', 'Prime Minister', '2023-01-01')).toBeUndefined();
    expect(resolve('Johnson', 'Prime Minister', '2022-03-07')).toBe('official:boris-johnson');
  });

  it('resolves "former" + title + surname to the holder whose term of it ended before the date', () => {
    const former = (surname: string, title: string, date: string) =>
      datedOfficial(lexicon().dated!, finding(surname, title), date, true)?.entityId;
    expect(former('Bennett', 'Prime Minister', '2022-07-14')).toBe('official:naftali-bennett');
    expect(former('Johnson', 'Prime Minister', '2023-01-01')).toBe('official:boris-johnson');
    // Still in office, or a term with no end: no former holder.
    expect(former('Bennett', 'Prime Minister', '2022-01-10')).toBeUndefined();
    expect(former('Macron', 'President', '2024-11-26')).toBeUndefined();
    // Another title stays no one.
    expect(former('Bennett', 'President', '2022-07-14')).toBeUndefined();
  });

  it('does not resolve another title, a lesser rank or another country', () => {
    expect(resolve('Macron', 'Prime Minister', '2024-11-26')).toBeUndefined();
    expect(resolve('Macron', 'Vice President', '2024-11-26')).toBeUndefined();
    expect(resolve('Macron', 'former President', '2024-11-26')).toBeUndefined();
    expect(resolve('Macron', 'President', '2024-11-26', 'country:deu')).toBeUndefined();
    expect(resolve('Macron', 'French President', '2024-11-26')).toBe('official:emmanuel-macron');
  });

  it('keeps a dated surname out of the alias table', () => {
    expect(lexicon().aliases.some((alias) => alias.alias === 'Trudeau')).toBe(false);
    expect(lexicon().aliases.some((alias) => alias.alias === 'Justin Trudeau')).toBe(true);
  });

  it('rejects a term that ends before it starts, or one without a title', () => {
    const entry = { name: 'A B', aliases: ['A B'], country: 'FRA' };
    const parse = (official: object) =>
      officialsSchema.safeParse({ officials: [official], lesserRanks: [] }).success;
    expect(parse({ ...entry, title: 'President', from: '2020-01-01', to: '2019-01-01' })).toBe(
      false,
    );
    expect(parse({ ...entry, from: '2020-01-01' })).toBe(false);
    expect(parse({ ...entry, title: 'President', from: '2020-13-45' })).toBe(false);
    expect(parse({ ...entry, title: 'President', from: '2020-01-01' })).toBe(true);
  });
});
