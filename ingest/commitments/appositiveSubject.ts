/**
 * Subjects found by looking past what follows them: a subject before an appositive's commas
 * ("We, the Leaders of the G7, reaffirm") and a group head narrowed by a relative clause
 * ("Those G7 countries that opt to …") and a subject before an adjunct without commas ("The two
 * sides over the course of two hours had …"). Each asks subjectBefore again, one level deeper.
 */
import { type Subject, type SubjectSite, subjectBefore } from '../resolveActors';
import { TITLE_BEFORE } from '../rules/titles';
import { NARROWED_GROUP, OPENING_MODIFIERS, UNCOMMAED_ADJUNCT } from '../subjectShapes';

/** An item of an example list: "…, including Japan, the Philippines, and the United States,". */
const EXAMPLE_LIST = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:including|such as|notably)\s[^,;]*,\s*$/i;

/** Capitalized words before a title: a nationality, a country or an office ("German State"). */
const TITLE_MODIFIERS = /(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'/-]*\s+)+$/;

/**
 * The text before a titled subject without its title: "On September 27, 2023, German State
 * Secretary Joerg Kukies, G7/G20 Sherpa and …, met": the title's own modifiers ("German",
 * "U.S. Deputy") go with it, so the name still opens its clause after the date.
 */
function untitled(lead: string): string {
  const bare = lead.replace(TITLE_BEFORE, '');
  return bare === lead ? lead : bare.replace(TITLE_MODIFIERS, '');
}

/**
 * "We, the Leaders of the G7, reaffirm": the subject before an appositive.
 * ("France and the United States, as host countries of the Games in 2024 and 2028,
 * respectively, are committed to …": an appositive may hold commas of its own.)
 */
export function appositiveHead(site: SubjectSite): Subject | undefined {
  const { context, sentence, hits, depth, trimmed } = site;
  if (depth !== 0 || !trimmed.endsWith(',')) return undefined;
  const end = trimmed.length;
  // "Japan, the ROK and the United States, are working …": a stray comma after a coordinated
  // subject opening the sentence.
  // A head tried and rejected below is no subject: what it named is not who "They" is next ("They
  // discussed the conflict between Israel and Hamas, underscoring …. They reaffirmed …").
  const { lastPlural, lastSingular, lastPerson } = context;
  const forget = () => Object.assign(context, { lastPlural, lastSingular, lastPerson });
  const list = subjectBefore(context, sentence, hits, end - 1, depth + 1);
  if (list && list.actors.length > 1 && list.start === 0) return { ...list, end };
  forget();
  let open = trimmed.lastIndexOf(',', end - 2);
  for (let tries = 0; tries < 3 && open > 0 && end - open < 160; tries += 1) {
    const head = subjectBefore(context, sentence, hits, open, depth + 1);
    // Only a subject that opens its clause: "Together with Australia and India, …" is not one.
    // ("Comrade Kim Jong Un, General Secretary of …, reaffirmed": an honorific may open it.)
    const lead = head ? untitled(sentence.text.slice(0, head.start)) : '';
    // ("And the unprecedented coalition …, led by the United States, remains …": a
    // sentence-opening conjunction and article with lowercase modifiers still open it.)
    // (Past the first comma only a subject opening the sentence: "…, where participants,
    // including Japan, the Philippines, and the United States, recognized …" is a list.)
    // ("…, while Francis Ngabo, CEO of Rwanda Space Agency, signed …": "while" opens a clause.)
    const opener = tries === 0 ? /(?:^|,)\s*(?:while\s+|whereas\s+)?$/ : /^(?:[^,]{0,60},\s*)?$/;
    // (One item of an example list is no subject.)
    const opensClause =
      head && (opener.test(lead) || OPENING_MODIFIERS.test(lead)) && !EXAMPLE_LIST.test(lead);
    if (head && head.end === open && opensClause) return { ...head, end };
    forget();
    open = trimmed.lastIndexOf(',', open - 1);
  }
  return undefined;
}

/**
 * "Those G7 countries that opt to use nuclear energy recognize …": a group head opening the
 * sentence, narrowed by a relative clause, is the subject (gold 2023-05-19).
 */
export function narrowedHead(site: SubjectSite): Subject | undefined {
  const { context, sentence, hits, depth, trimmed } = site;
  const narrowed = depth === 0 ? NARROWED_GROUP.exec(trimmed) : null;
  if (!narrowed) return undefined;
  const head = subjectBefore(context, sentence, hits, narrowed[1]!.length, depth + 1);
  if (head && head.start === 0 && head.actors.length > 0) return { ...head, end: trimmed.length };
  return undefined;
}

/**
 * "The two sides over the course of two hours had a constructive engagement" (gold 2024-04-01):
 * the subject before an adjunct of time or occasion with no commas, when it opens its sentence
 * or clause. Tried last, so a shape that reads the whole text first keeps it.
 */
export function adjunctHead(site: SubjectSite): Subject | undefined {
  const { context, sentence, hits, depth, trimmed } = site;
  const adjunct = depth === 0 ? UNCOMMAED_ADJUNCT.exec(trimmed) : null;
  if (!adjunct) return undefined;
  const { lastPlural, lastSingular, lastPerson } = context;
  const at = adjunct[1]!.length;
  const head = subjectBefore(context, sentence, hits, at, depth + 1);
  const lead = head ? sentence.text.slice(0, head.start).replace(TITLE_BEFORE, '') : '';
  if (head && head.end === at && (/(?:^|[,;])\s*$/.test(lead) || OPENING_MODIFIERS.test(lead))) {
    return { ...head, end: trimmed.length };
  }
  Object.assign(context, { lastPlural, lastSingular, lastPerson });
  return undefined;
}
