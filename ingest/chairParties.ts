/**
 * Who "we" is in a chair's statement: "Chair’s Statement on the APEC Economic Leaders’ Meeting".
 * The chair reports for the meeting of a forum, whose title part before "on" names no speaker;
 * the forum of the meeting the title names is the statement's side (gold 2023-11-17: "we" of the
 * APEC chair's statement is APEC as one actor, as in the Golden Gate Declaration). Without this,
 * the first sentence's countries spoke ("With regard to the war against Ukraine, we reiterated …"
 * made Ukraine and Russia the speakers). A grouping with members (groups.json: the G7, the Quad)
 * stands for them, as everywhere else.
 */
import { GROUPS } from './commitments/groups';
import type { Lexicon } from './lexicon';
import { titleHits } from './titleSides';
import type { EntityHit } from './types';

/** "Chair’s Statement", "Chairs’ Statement", "Co-Chairs’ Statement", "Chair’s Summary". */
const CHAIR_TITLE =
  /^\s*(?:Co-?)?Chairs?(?:[’']s|[’'])?\s+(?:Statement|Summary)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/** The one forum (a body) a chair's statement title names, else none. */
export function chairBody(lexicon: Lexicon, title: string): string | undefined {
  if (!CHAIR_TITLE.test(title)) return undefined;
  const bodies = titleHits(lexicon, title, (h) => h.type === 'Organization').chosen;
  return bodies.length === 1 ? bodies[0]?.entityId : undefined;
}

/** The forum a chair's statement title names (its members for a grouping), else none. */
export function chairForum(lexicon: Lexicon, title: string): string[] {
  const id = chairBody(lexicon, title);
  if (!id) return [];
  return [...(GROUPS.members.get(id) ?? [id])];
}

/**
 * "President Macky Sall of Senegal, Chairperson of the African Union, and President Biden …",
 * "President of Senegal and Chair of the African Union Macky Sall": a leader who signs a statement
 * as chair of a body signs for that body, not for his country (gold 2022-12-15 vision statement:
 * every "we" is [United States, African Union]; his REPRESENTS stays Senegal). The office is
 * written right after the name (an appositive, past an "of <country>") or right before it.
 */
const CHAIR_AFTER =
  /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]*(?:\s+\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]*){0,4})?,\s*(?:the\s+)?(?:current\s+)?(?:Co-?)?Chair(?:person|man|woman)?\s+of\s+(?:the\s+)?/u;
const CHAIR_BEFORE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:Co-?)?Chair(?:person|man|woman)?\s+of\s+(?:the\s+)?([^,;]{2,80}?)\s*$/;

/** Official id → the body it chairs, for the officials named in a statement's meeting sentence. */
export function chairedBodies(
  lexicon: Lexicon,
  sentence: { text: string; start: number },
  hits: readonly EntityHit[],
): Map<string, string> {
  const chairs = new Map<string, string>();
  const bodyOpening = (text: string, whole: boolean) =>
    titleHits(lexicon, text, (h) => h.type === 'Organization').chosen.find(
      (h) => h.start === 0 && (!whole || h.end === text.length),
    )?.entityId;
  for (const hit of hits) {
    if (hit.type !== 'Official' || chairs.has(hit.entityId)) continue;
    const from = hit.end - sentence.start;
    const after = CHAIR_AFTER.exec(sentence.text.slice(from, from + 200));
    const to = hit.start - sentence.start;
    const before = CHAIR_BEFORE.exec(sentence.text.slice(Math.max(0, to - 120), to));
    const body = after
      ? bodyOpening(sentence.text.slice(from + after[0].length, from + after[0].length + 80), false)
      : before
        ? bodyOpening(before[1]!, true)
        : undefined;
    if (body) chairs.set(hit.entityId, body);
  }
  return chairs;
}
