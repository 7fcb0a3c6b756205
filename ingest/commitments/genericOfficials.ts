/**
 * Generic officials and delegations as subject ("U.S. and Mexican officials", "the two
 * delegations"): they stand for their countries, not for the officials a readout names.
 */
import type { ActorContext } from '../resolveActors';
import type { EntityHit } from '../types';
import { GROUPS, phraseCount } from './groups';

/** "Both" or "all" before the head: counted as a number is (`phraseCount`). */
const BOTH_OR_ALL = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:both|all)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/**
 * "U.S. and Mexican officials reaffirmed …", "Officials underscored …", "the delegations
 * advanced …": generic officials stand for their countries (gold README session 15 B), the
 * countries (and officials) the phrase names, else the countries of the officials who met, when
 * two or more. "The two officials condemned …" stays the two officials who met; "The two
 * delegations reaffirmed …" is a side noun (groups.json `sideNouns`), the two countries still,
 * and the statement's parties where the officials named are all one side's (a delegation's own
 * readout names its members, not its hosts: gold 2024-02-07).
 */
export function genericOfficials(
  context: ActorContext,
  head: string,
  phrase: string,
  hits: readonly EntityHit[],
): string[] | undefined {
  // Officials who met, uncounted, stand for their countries (gold 2021-08-11); a side noun
  // ("delegations", groups.json `sideNouns`) does, counted or not. A count before "officials"
  // ("The two officials"): the named officials, as before.
  const side = GROUPS.sideNouns.has(head.toLowerCase());
  const counted = phraseCount(phrase) !== undefined || BOTH_OR_ALL.test(phrase);
  if (!side && (head.toLowerCase() !== 'officials' || counted)) return undefined;
  // "Dr. Gordon and Palestinian officials": the official named, and the others' country.
  const named = [
    ...new Set(
      hits
        .filter((hit) => hit.type === 'Country' || hit.type === 'Official')
        .map((hit) => hit.entityId),
    ),
  ];
  // ("The U.S and Mexican delegations": a side the phrase names unrecognised is no side less.)
  if (
    named.length > 1 ||
    (named.length === 1 && !/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])and(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.test(phrase))
  )
    return named;
  // The countries of the officials who met, when two or more (a statement's signatories may
  // leave out the side that issued it).
  const sides = [
    ...new Set(
      context.officials.map((id) => context.countryOf?.get(id)).filter((id): id is string => !!id),
    ),
  ];
  if (!side) return sides.length > 1 ? sides : undefined;
  return countedSides(sides.length > 1 ? sides : context.signatories, phrase);
}

/**
 * The sides a counted side noun names, cut to its count ("the two delegations" of a meeting where
 * a third country's official was named); none where fewer are known than it counts ("The three
 * delegations" with one official's country unknown: the officials who met, as before).
 */
function countedSides(sides: readonly string[], phrase: string): string[] | undefined {
  const count = phraseCount(phrase);
  if (sides.length < (count ?? 2)) return undefined;
  return count === undefined ? [...sides] : sides.slice(0, count);
}
