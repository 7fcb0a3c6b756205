/**
 * "Russia must cease its aggression and must bear the legal consequences …": a second modal
 * joined by "and" to the clause of an accepted one, with no subject of its own, shares that
 * clause's reading: the same call on the same party (gold 2023-10-20 `call` on Russia for both),
 * or the speakers' own undertaking after "we must … and must …".
 */
import type { SharedInput } from './coordinatedVerb';
import type { Decision } from './decision';

/** The modal that opens a normative trigger (normativeModals.ts). */
const MODAL = /^(?:must|should|needs?\s+to)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/** What lies between the two: the first one's object, then "and" / "or", no new clause. */
const JOINED = /^[^;:.,]*\s(?:and|or)\s*$/i;

export function coordinatedAppeal(input: SharedInput): Decision | undefined {
  const { sentence, trigger, accepted } = input;
  const previous = accepted[accepted.length - 1];
  if (!previous || previous.actors.length === 0 || !MODAL.test(previous.trigger.text))
    return undefined;
  if (previous.trigger.end > trigger.start) return undefined;
  if (!JOINED.test(sentence.text.slice(previous.trigger.end, trigger.start))) return undefined;
  const own = previous.trigger.stance !== 'call';
  return {
    accept: {
      trigger: own ? { ...trigger, stance: trigger.ownStance ?? 'commit', appeal: false } : trigger,
      actors: previous.actors,
      ...(!own && previous.targets ? { targets: previous.targets } : {}),
    },
  };
}
