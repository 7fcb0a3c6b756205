/**
 * A pronoun subject ("we", "I", "they", "he", "she", "it"): the speaker of a reporting verb
 * before it ("Seoul said it …"), the body opening the clause before an "it", or what the
 * context says the pronoun stands for (pronounActors.ts).
 */
import { clauseOpener, pronounActors } from '../pronounActors';
import { type Subject, type SubjectSite, subjectBefore } from '../resolveActors';
import { REPORTING } from '../subjectShapes';
import { expandMembers } from './groups';
import { namedPairWe, officialAndI } from './pairPronoun';

const ENDING_PRONOUN = /(?:^|[^\wÀ-ÖØ-öø-ɏḀ-ỿ])(we|they|he|she|i|it)$/i;

/**
 * "All of us recognize …", "Each of them will …": a quantifier over a plural pronoun is a
 * subject of the same people as the pronoun (every one of the signatories, or of "they").
 */
const QUANTIFIED_PRONOUN =
  /(?:^|[^\wÀ-ÖØ-öø-ɏḀ-ỿ])((?:all|each|both)(?:\s+one)?\s+of\s+(us|them))$/i;

/** The pronoun (as written) ending the text before a verb, if one does. */
export function endingPronoun(trimmed: string): string | undefined {
  return ENDING_PRONOUN.exec(trimmed)?.[1] ?? QUANTIFIED_PRONOUN.exec(trimmed)?.[1];
}

/** The plain pronoun a (possibly quantified) subject pronoun stands as: "all of us" → "we". */
function plainPronoun(pronoun: string): string {
  const quantified = QUANTIFIED_PRONOUN.exec(pronoun);
  if (!quantified) return pronoun.toLowerCase();
  return quantified[2]!.toLowerCase() === 'us' ? 'we' : 'they';
}

/**
 * The officials named in the sentence before `start`, nearest first (for a "she" or "he"): by name,
 * or by a title only one of the document's officials holds ("During the visit, the First Lady
 * delivered remarks at a reception hosted by Ambassador Salazar, where she …").
 */
function namedBefore(site: SubjectSite, start: number): string[] {
  const { context, sentence, hits } = site;
  const named: { id: string; at: number }[] = hits
    .filter((hit) => hit.type === 'Official' && !hit.nested && hit.end <= sentence.start + start)
    .map((hit) => ({ id: hit.entityId, at: hit.start - sentence.start }));
  const before = sentence.text.slice(0, start);
  for (const [id, title] of soleTitles(context.titles)) {
    const at = Math.max(before.lastIndexOf(`the ${title}`), before.lastIndexOf(`The ${title}`));
    if (at >= 0) named.push({ id, at });
  }
  return named.sort((a, b) => b.at - a.at).map((mention) => mention.id);
}

/** Official → title, for the titles only one of the document's officials holds. */
function soleTitles(titles: ReadonlyMap<string, string> | undefined): [string, string][] {
  const held = [...(titles ?? [])].filter(([, title]) => /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]/.test(title));
  return held.filter(([, title]) => held.filter(([, other]) => other === title).length === 1);
}

/** The actors `pronoun`, ending `site.trimmed`, stands for; none for an "it" that is no speaker. */
export function pronounSubject(site: SubjectSite, pronoun: string): Subject | undefined {
  const { context, sentence, hits, depth, trimmed } = site;
  const word = plainPronoun(pronoun);
  const end = trimmed.length;
  const start = end - pronoun.length;
  // "Seoul said it …": the pronoun is the speaker of the reporting verb.
  const reporting = word !== 'we' && word !== 'i' ? REPORTING.exec(trimmed.slice(0, start)) : null;
  if (reporting && depth === 0) {
    const speaker = subjectBefore(context, sentence, hits, reporting.index, depth + 1);
    if (speaker) return { actors: speaker.actors, start, end };
  }
  // "Prime Minister Kishida and I discussed …": the official and the speaker; "… between our
  // governments, we are delivering …": the pair the sentence named (pairPronoun.ts).
  const partnerOfficial = word === 'i' ? officialAndI(site, start) : undefined;
  const pair = word === 'we' ? namedPairWe(site, start) : undefined;
  if (pair) return { actors: pair, start, end };
  // "it" is a speaker only opening its sentence ("It reaffirmed …") or after a reporting verb.
  // ("…; it seeks to …": a semicolon opens a clause as a sentence does.)
  if (word === 'it' && start > 0 && !/;\s*$/.test(trimmed.slice(0, start))) return undefined;
  // "The Quad is a force for good; it seeks to …": the body opening the clause before.
  const opener = word === 'it' && start > 0 ? clauseOpener(sentence, hits, start) : undefined;
  const actors = opener
    ? [opener]
    : pronounActors(
        context,
        word,
        start === 0,
        // (Only a "she" or "he" reads them: other pronouns spare the search.)
        word === 'she' || word === 'he' ? namedBefore(site, start) : [],
      );
  if (word === 'it' && actors.length === 0) return undefined;
  if (partnerOfficial) {
    const { id } = partnerOfficial;
    return {
      actors: [id, ...actors.filter((actor) => actor !== id)],
      start: partnerOfficial.start,
      end,
    };
  }
  return { actors: expandMembers(actors, context.members), start, end };
}
