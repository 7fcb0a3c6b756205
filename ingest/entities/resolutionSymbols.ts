/**
 * UN General Assembly resolutions named by their document symbol or by an emergency-session
 * number without the Assembly's name: "A/RES/ES-11/6 titled …", "Recalling Resolutions
 * A/RES/41/11, A/RES/49/26", "the UN General Assembly, which, in Resolution No. ES-11/1 …".
 * listedResolutions needs "UN General Assembly resolution(s)" before the number, so these were
 * lost or cut short ('Resolution No. ES-11'): gold 5 of the 13 General Assembly resolutions the
 * gold declares with a symbol or ES number (G7 leaders', Atlantic and APEC statements).
 */
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

// "A/RES/" is the Assembly's symbol prefix, and only the Assembly holds emergency special
// sessions, so either marks a General Assembly resolution whatever precedes it. "A/ES-11/L.7"
// is a draft, whose adopted number the text does not give: left out.
const SYMBOL = new RegExp(
  String.raw`(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ/])(?:A/RES/(ES-\d{1,2}/\d{1,3}|\d{2,3}/\d{1,4})` +
    String.raw`|(?<!General Assembly )[Rr]esolution (?:No\. )?(ES-\d{1,2}/\d{1,3}))(?![\wÀ-ÖØ-öø-ɏḀ-ỿ/])`,
  'g',
);

/**
 * The gold's names: an emergency-session resolution by its ES number, as listedResolutions
 * names it ("UN General Assembly resolution ES-11/6"); a regular-session one by its whole symbol
 * ("UN General Assembly Resolution A/RES/75/239", 4 of 4 gold entities so named).
 */
function resolutionName(number: string): string {
  return number.startsWith('ES-')
    ? `UN General Assembly resolution ${number}`
    : `UN General Assembly Resolution A/RES/${number}`;
}

export function symbolResolutions(text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  // A plain scan first: most sentences have no slash, and the look-behinds make every position a try.
  if (!text.includes('/')) return out;
  SYMBOL.lastIndex = 0;
  for (let match = SYMBOL.exec(text); match; match = SYMBOL.exec(text)) {
    const number = match[1] ?? match[2];
    if (number === undefined) continue;
    const name = resolutionName(number);
    const hit = candidateAt('Instrument', match[0], match.index + offset, 'lexicon', name);
    out.push({ ...hit, name });
  }
  return out;
}
