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

/** "to do likewise", "to do the same", "those who have already done so", "continue to do so". */
const ELLIPSIS =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:do|does|did|done|doing)\s+(?:so|likewise|the\s+same)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])likewise(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;
/** What an elided object can take up again: the act or thing undertaken, not a place or a body. */
const ELIDED_KINDS: ReadonlySet<string> = new Set(['Topic', 'Instrument', 'Program']);

/**
 * "We underscore our commitment to achieving net zero emissions by 2050, and call on all other
 * countries to do likewise"; "intend to communicate ambitious NDCs by COP26 and welcome those who
 * have already done so": a later clause of the sentence that names nothing and takes the clause
 * before up again with "do so / likewise / the same" is about what that clause undertook. Only
 * its topics, instruments and programs come along: its places, meetings and bodies ("by COP26",
 * "released at the … Ministerial Meeting held at the United Nations") are the earlier act's
 * circumstances. Gold, session 40: 5 links added, all in the gold `about`; none in the 282-file
 * sample.
 */
export function elidedObjects(
  commitments: Commitment[],
  accepted: { trigger: Trigger }[],
  text: string,
  hits: readonly { entityId: string; type: string; start: number }[],
  /** Where the sentence starts: hits are offset in the document, triggers in the sentence. */
  offset: number,
): void {
  for (let k = 1; k < commitments.length; k++) {
    const current = commitments[k]!;
    if (current.about.length > 0) continue;
    const { trigger } = accepted[k]!;
    const clauseEnd = accepted[k + 1]?.trigger.start ?? text.length;
    if (clauseEnd <= trigger.end || !ELLIPSIS.test(text.slice(trigger.end, clauseEnd))) continue;
    const before = accepted[k - 1]!.trigger;
    if (before.start >= trigger.start) continue;
    // The earlier clause's own objects: named between its stance and this one.
    const objects = new Set(
      hits
        .filter(
          (hit) =>
            ELIDED_KINDS.has(hit.type) &&
            hit.start - offset >= before.end &&
            hit.start - offset < trigger.start,
        )
        .map((hit) => hit.entityId),
    );
    current.about = commitments[k - 1]!.about.filter((id) => objects.has(id));
  }
}
