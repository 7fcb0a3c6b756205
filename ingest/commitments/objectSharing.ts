/**
 * Passes over the commitments of one sentence that lend one clause's objects to its neighbour:
 * "commend and continue to support the IAEA" (the first verb's object is the second's) and
 * "announcing that … we are providing …" (the announcement is about its that-clause). Kept apart
 * from extractCommitments.ts, which builds each commitment's own scope; these run after it.
 */
import type { Commitment } from '../../contract/extraction';
import type { Trigger } from '../stances';
import { TARGETED } from './targets';

/** "commend and continue to fully support the IAEA": the first verb's object is the second's. */
const SHARED_OBJECT = /^\s*,?\s*and\s+(?:(?:continue|continues|also|further|will)\s+(?:to\s+)?)*$/i;

export function shareObjects(
  commitments: Commitment[],
  accepted: { trigger: Trigger }[],
  text: string,
) {
  for (let k = commitments.length - 2; k >= 0; k--) {
    const current = commitments[k]!;
    const next = commitments[k + 1]!;
    if (current.about.length > 0) continue;
    if (!SHARED_OBJECT.test(text.slice(accepted[k]!.trigger.end, accepted[k + 1]!.trigger.start)))
      continue;
    current.about = [...next.about];
    if (TARGETED.has(current.stance) && TARGETED.has(next.stance))
      current.targets = [...next.targets];
    // "condemn and reject Russia’s illegal attempted annexation": the shared object's owner is
    // the agent condemned (gold README, session 10), though "reject" targets no one.
    else if (current.stance === 'condemn') {
      const owner = OWNED_OBJECT.test(text.slice(accepted[k + 1]!.trigger.end));
      const first = next.about[0];
      if (owner && first && /^(?:country|organization):/.test(first)) current.targets = [first];
    }
  }
}

/**
 * "we are announcing that, collectively, we are providing Ukraine …": an announcement whose object
 * is a "that" clause is about what that clause's undertaking is about (the gold annotates one
 * commitment over the whole clause). Only announcing: "reaffirm that …", "recognize that …" and
 * "emphasize that …" stay separate stances with their own objects in the gold.
 */
const ANNOUNCING = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])announc/i;
const THAT_COMPLEMENT = /^\s*that(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])[^.;:—–]*$/i;

export function reportedObjects(
  commitments: Commitment[],
  accepted: { trigger: Trigger }[],
  text: string,
) {
  for (let k = commitments.length - 2; k >= 0; k--) {
    const gap = text.slice(accepted[k]!.trigger.end, accepted[k + 1]!.trigger.start);
    if (!ANNOUNCING.test(accepted[k]!.trigger.text) || !THAT_COMPLEMENT.test(gap)) continue;
    const current = commitments[k]!;
    for (const id of commitments[k + 1]!.about)
      if (!current.about.includes(id)) current.about.push(id);
  }
}

/** An object opening with its owner's possessive: " Russia’s …", " the DPRK's …". */
const OWNED_OBJECT =
  /^\s+(?:the\s+)?\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.-]*(?:\s+\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.-]*)*[’']s\s/u;
