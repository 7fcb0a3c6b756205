/**
 * The purpose of an ongoing consultation: "We continue to consult with the IAEA to develop a
 * non-proliferation approach", "we are consulting with Canada, New Zealand, and the Republic of
 * Korea to identify possibilities for collaboration". The present consultation is an exchange
 * (`other`, stances.json `exchangeVerbs`); what it is held to achieve is the parties' undertaking,
 * a `commit` of its own with the consulting actors (CONVENTIONS §5: a purpose clause of a different
 * stance is a commitment of its own; gold 2023-03-13, 2024-09-17: 3 of 3). The shape itself (only
 * the consulted parties' names between "with" and "to") is the stances.json frame that makes the
 * purpose a trigger; "will consult with X to V" is an undertaking whose purpose stays folded.
 */
import type { Trigger } from '../stances';
import type { Accepted, Decision } from './decision';

/** The exchange the purpose belongs to: a present consultation ending in "with". */
const CONSULTING_WITH =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:consulting|consult)(?:\s+[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+ly)?\s+with$/i;

export function consultPurpose(
  trigger: Trigger,
  accepted: readonly Accepted[],
  left: string,
): Decision | undefined {
  const previous = accepted[accepted.length - 1];
  if (trigger.stance !== 'commit' || previous?.trigger.stance !== 'other') return undefined;
  if (!CONSULTING_WITH.test(previous.trigger.text) || !/\sto$/.test(left)) return undefined;
  if (previous.actors.length === 0) return undefined;
  return { accept: { trigger, actors: previous.actors, subject: previous.subject } };
}
