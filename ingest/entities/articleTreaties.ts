/**
 * "Article 5 of the Washington Treaty", "Article 6 of the Paris Agreement": the article is an
 * instrument of its own (patternCandidates.ts `articles`), and the treaty it cites is named too;
 * the gold declares it, nested (in no `about`: "only inside 'Article 5 of the Washington
 * Treaty'"). A title of an act is the same shape ("Title III of the Defense Production Act": both
 * declared in the gold's 2 files; the archive sample's "Title V of the Stafford Act"). Only a capitalised treaty with an Instrument head: "Article 5 of our security treaty"
 * names no treaty of its own.
 */
import type { Lexicon } from '../lexicon';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';
import { matchLexicon } from './matchLexicon';
import { classify } from './nameHeads';

const ARTICLE_OF =
  /^(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]{2,6} )?(?:Article|Title) (?:[IVXLC]+|\d+) of (?:the )?(?=[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ0-9])/;

export function articleTreaties(lexicon: Lexicon, chosen: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const hit of chosen) {
    if (hit.type !== 'Instrument') continue;
    const lead = ARTICLE_OF.exec(hit.text);
    if (!lead) continue;
    const treaty = hit.text.slice(lead[0].length);
    const start = hit.start + lead[0].length;
    // A listed treaty keeps its listed name ("Washington Treaty" is the North Atlantic Treaty).
    const known = matchLexicon(lexicon, treaty, start).find(
      (c) => c.type === 'Instrument' && c.text === treaty,
    );
    if (known) out.push({ ...known, nested: true });
    else if (treaty.includes(' ') && classify(treaty) === 'Instrument')
      out.push({ ...candidateAt('Instrument', treaty, start, 'phrase'), nested: true });
  }
  return out;
}
