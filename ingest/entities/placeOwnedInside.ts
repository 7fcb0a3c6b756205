/**
 * "the Joint Steering Group for Australia’s Nuclear-Powered Submarine Program", "the Support for
 * Ukraine’s Reconstruction and Economy (SURE) Trust Fund": a known place's possessive inside the
 * complement of a definite name does not end that name. The run finder cuts a run at its last
 * possessive (runTrim.ts: "Rwanda’s Ministry of Infrastructure" is the ministry), which left
 * "Joint Steering Group for Australia" and the programme apart; the gold names the whole (gold
 * 2021-12-17, 2022-07-31, 2023-05-19: 3 of 3 such runs over the gold and the archive sample).
 * Only a place owns here: after a body ("the Department of the Interior’s Bureau of Land
 * Management", "the Department of State’s Operations Center", 12 sample runs) the possessive
 * parts two bodies, and after a title ("the Speaker of Lebanon’s Parliament", "Secretary General
 * of Japan’s National Security Secretariat") the run is a person's office. Only after "for" or
 * "on", which say what the body is for: "of" a place completes the owner's own name ("the
 * Communist Party of Vietnam’s Central Committee", gold 2024-08-07: the committee is the party's).
 */
import { TITLE_WORDS } from '../rules/titles';
import { candidateAt, isPlace, widenedTo } from './candidateAt';
import type { Candidate } from './matchLexicon';
import { classify } from './nameHeads';

const CAP = "[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*";
/** "the Joint Steering Group for " right before the place: the name's subject and its preposition. */
const SUBJECT_BEFORE = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])[Tt]he ((?:${CAP} )*${CAP}) (for|on) (the )?$`,
);

/**
 * The subject names a thing, not a person's office: its own head says so ("Joint Steering
 * Group"), or it is one word no title holds ("Support").
 */
function namesAThing(subject: string): boolean {
  const words = subject.split(' ');
  if (words.some((word) => TITLE_WORDS.has(word))) return false;
  return words.length === 1 || classify(subject) !== undefined;
}

/** A phrase after a known place's possessive, widened to the definite name whose complement holds it. */
export function withPlaceOwnerInside(
  candidate: Candidate,
  text: string,
  offset: number,
  lexical: readonly Candidate[],
): Candidate {
  if (candidate.source !== 'phrase') return candidate;
  const at = candidate.start - offset;
  if (!/[’']s $/.test(text.slice(Math.max(0, at - 3), at))) return candidate;
  const place = lexical.find((known) => isPlace(known) && known.end === candidate.start - 3);
  if (!place) return candidate;
  const before = text.slice(Math.max(0, place.start - offset - 120), place.start - offset);
  const subject = SUBJECT_BEFORE.exec(before);
  if (!subject || !namesAThing(subject[1]!)) return candidate;
  const start = place.start - (subject[0].length - subject[0].indexOf(subject[1]!));
  const owner = text.slice(place.start - offset, at);
  const name = `${subject[1]} ${subject[2]} ${subject[3] ?? ''}${owner}${candidate.name ?? candidate.text}`;
  const type = classify(name) ?? candidate.type;
  const widened = widenedTo(candidate, text, offset, start, name, type);
  // A body with its own head is named for the owned thing, a name of its own (gold 2021-12-17,
  // 2022-07-31 declare the submarine program); a subject without one ("Support for …") is part
  // of what the head after the possessive names.
  return classify(subject[1]!) ? { ...widened, ownsComplement: true } : widened;
}

/** The owned names a widened body keeps, nested: what follows its last possessive. */
export function ownedComplements(chosen: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const outer of chosen) {
    if (!outer.ownsComplement) continue;
    const possessive = Math.max(outer.text.lastIndexOf('’s '), outer.text.lastIndexOf("'s "));
    const surface = outer.text.slice(possessive + 3);
    const type = classify(surface);
    if (possessive < 0 || !type) continue;
    out.push({ ...candidateAt(type, surface, outer.end - surface.length, 'phrase'), nested: true });
  }
  return out;
}
