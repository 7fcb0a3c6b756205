/**
 * Companies and other private bodies, known by the way the text names them: after a noun of their
 * kind or a place glued to "-based" ("Kenyan company ZEP-RE", "the UAE-based Averi Finance and AMEA
 * Power"), or by a legal form or company head ending the name ("Planet Labs PBC", "Fortune Minerals
 * Limited", "the Coca-Cola Company"), or by a bare name opening its own announcement
 * ("Builders Vision is also committing …", announcingBodies.ts). Gold conventions §7: such bodies
 * act as themselves, so their own stance clauses are their commitments (commitments/privateSubject.ts); no other rule reads a
 * company apart from any organization. Companies the lexicon lists are marked there
 * (data/lexicon/organizations.json `company`). Words are data (data/rules/names.json companyNouns,
 * companySuffixes, companyHeads).
 */

import type { Lexicon } from '../lexicon';
import { NAME_RULES } from '../rules/names';
import { alternation } from '../rules/titles';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { announcesItself } from './announcingBodies';
import { placeRepeats } from './repeatedNames';

/** A company noun or "X-based" right before the name ("company ", "UAE-based "). */
const KIND_BEFORE = new RegExp(
  String.raw`(?:(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(NAME_RULES.companyNouns)})|[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.]*-based(?: (?:${alternation(NAME_RULES.companyNouns)}))?)\s+$`,
);
/** The second of two names "X-based" shares ("the UAE-based Averi Finance and AMEA Power"). */
const BASED_PAIR = /-based\s+[^,;]{1,60}\s+and\s+$/;
/** The words that end a company's name (legal forms, company heads). */
const COMPANY_ENDS: ReadonlySet<string> = new Set(
  [...NAME_RULES.companySuffixes, ...NAME_RULES.companyHeads].map((w) => w.replace(/\.$/, '')),
);

function endsAsCompany(name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1).replace(/\.$/, '');
  return name.includes(' ') && COMPANY_ENDS.has(last);
}

/** The organizations of the document the text names as companies, or the lexicon knows as such. */
export function privateBodyIds(
  sentences: readonly SegmentedSentence[],
  hitsBySentence: ReadonlyMap<number, EntityHit[]>,
  lexicon?: Lexicon,
): Set<string> {
  const ids = new Set<string>();
  for (const sentence of sentences) {
    for (const hit of hitsBySentence.get(sentence.index) ?? []) {
      if (hit.type !== 'Organization' || hit.nested) continue;
      if (lexicon?.entities.get(hit.entityId)?.company) {
        ids.add(hit.entityId);
        continue;
      }
      const before = sentence.text.slice(
        Math.max(0, hit.start - sentence.start - 80),
        hit.start - sentence.start,
      );
      if (
        KIND_BEFORE.test(before) ||
        BASED_PAIR.test(before) ||
        announcesItself(sentence, hit) ||
        endsAsCompany(hit.name ?? hit.text)
      )
        ids.add(hit.entityId);
    }
  }
  return ids;
}

/**
 * "… the UAE-based Averi Finance and AMEA Power … AMEA Power is targeting 5GW …": the company the
 * text introduced by its kind is the same company when its name comes back bare, which no finder
 * reads (no head noun, no lexicon entry). Verbatim repeats of the name only, as repeatedNames.ts
 * does for officials' full names, where no other hit stands.
 */
export function repeatPrivateBodies(
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
): void {
  const ids = privateBodyIds(sentences, hitsBySentence);
  if (ids.size === 0) return;
  const named = new Map<string, EntityHit>();
  for (const hits of hitsBySentence.values())
    for (const hit of hits)
      if (ids.has(hit.entityId) && !hit.nested && !named.has(hit.text)) named.set(hit.text, hit);
  placeRepeats(sentences, hitsBySentence, named);
}
