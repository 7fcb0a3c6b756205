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
import { titleHits } from './parties';

/** "Chair’s Statement", "Chairs’ Statement", "Co-Chairs’ Statement", "Chair’s Summary". */
const CHAIR_TITLE = /^\s*(?:Co-?)?Chairs?(?:[’']s|[’'])?\s+(?:Statement|Summary)\b/i;

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
