/**
 * "I also want to commend President Weah …", "In his meetings with Mr. Gantz, Mr. Eisenkot …": an
 * official the text names only by title and surname is declared by the gold with the titled form
 * as its alias ("President Weah", "Mr. Eisenkot"; CONVENTIONS 3.2: "Chairman Hue", "President
 * Samia"), and under a full name from memory the extractor cannot give. The bare "Weah" is then
 * no surface form the gold lists, so the person was lost to the scorer and the graph's search
 * alike. The title as the officials' finder read it before the name, with the name, is the
 * surface form: every official found after a title gets it as an alias, as the gold lists
 * "National Security Advisor Jake Sullivan" beside "Jake Sullivan". Gold (685 files): 10 people
 * in 10 files are matched only through this form, none lost; 1,584 of the ~1,770 forms added
 * are gold aliases. Sample (282 texts): 629 forms added, 6 of them off (a verb before the title,
 * "Like President Biden", or a person the finder had wrong before), no entity or commitment changed.
 */
import { NAME_RULES } from '../rules/names';
import { TITLE_RULES } from '../rules/titles';
import type { EntityHit } from '../types';
import type { OfficialFinding } from './officials';

/** A title as read before a name: capitalised words, dots and hyphens, "of"/"for" inside. */
const TITLE_PREFIX =
  /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ’'.-]*(?: (?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ’'.-]*|of|for|the))* $/;

/**
 * Text ending in a capitalised word and a joiner of a longer title ("Assistant to the President
 * for …", "Chief of Staff Gen. …", "Head of the Office of the President of Ukraine …"): the finder
 * read only the title's tail, which is no form the text gives the person. A lowercase word before
 * the joiner ends no title ("the leadership of President …", "the abduction of Ms. …").
 */
const CUT_TITLE = /[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ’'.-]*\s+(?:of|to|for|at)(?:\s+the)?\s+$/;

/** "His Majesty King Abdullah II": a style opens with a possessive that is an opener too. */
const STYLES = TITLE_RULES.styles.filter((style) => style.includes(' ')).map((s) => `${s} `);

/**
 * The title without the sentence openers the finder's capitalised run took in ("Since President
 * Putin", "Following Secretary …"): an opener is no word of a title (data/rules/names.json).
 */
function withoutOpeners(prefix: string): string {
  let rest = prefix;
  for (;;) {
    if (STYLES.some((style) => rest.startsWith(style))) return rest;
    const space = rest.indexOf(' ');
    if (space < 0 || !NAME_RULES.openers.has(rest.slice(0, space))) return rest;
    rest = rest.slice(space + 1);
  }
}

/**
 * Titled surface forms of the officials among `hits`, by entity id: the text from where the finder
 * read the official's title to the end of the name, when the title ran straight into the name
 * (no comma or parenthesis between: "Dr. Kim, Principal Deputy …" read its title after the name).
 */
export function titledAliases(
  text: string,
  hits: readonly EntityHit[],
  officials: readonly OfficialFinding[],
): Map<string, string[]> {
  const byStart = new Map<number, OfficialFinding>();
  for (const official of officials) byStart.set(official.candidate.start, official);
  const out = new Map<string, string[]>();
  for (const hit of hits) {
    if (hit.type !== 'Official') continue;
    const official = byStart.get(hit.start);
    if (!official || official.candidate.end !== hit.end || official.span.start >= hit.start)
      continue;
    const prefix = withoutOpeners(text.slice(official.span.start, hit.start));
    if (!TITLE_PREFIX.test(prefix)) continue;
    if (CUT_TITLE.test(text.slice(Math.max(0, official.span.start - 60), official.span.start)))
      continue;
    const list = out.get(hit.entityId) ?? [];
    list.push(prefix + hit.text);
    out.set(hit.entityId, list);
  }
  return out;
}
