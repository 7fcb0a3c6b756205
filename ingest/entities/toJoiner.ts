/**
 * "From Heartbreak Ridge to Pork Chop Hill to the Chosin Reservoir", "the Peace Corps to Fiji",
 * "Papua New Guinea to a Country Representative Office", "New Delhi for the G-20 Leaders’ Summit":
 * "to" and "for" join a name's complement ("Global Fund to Fight AIDS", "Summit for Democracy"),
 * but also a verb's object to its destination or purpose. A run is cut there when what follows is
 * no complement: an indefinite article (a complement never opens with "a"), a name of its own
 * (its first words end in a head noun), or one word after a complete name (a place: "Peace Corps
 * to Fiji"; a verb complement has its object: "Alliance to Counter Migrant Smuggling").
 */
import { TITLE_WORDS } from '../rules/titles';
import { CONNECTORS, classify, headAt, tokens } from './nameHeads';

/** " to ", " to the ", " to a ", " for the ": where a run may be two names. */
const JOINT = / (?:to(?: the| an?)?|for the) (?=\p{Lu})/gu;

/** The words before the first connector ("Pork Chop Hill" of "Pork Chop Hill to the …"). */
function firstRun(name: string): string {
  const words = tokens(name).map((t) => t.word);
  const cut = words.findIndex((word) => CONNECTORS.has(word.toLowerCase()));
  return (cut < 0 ? words : words.slice(0, cut)).join(' ');
}

/** True when `left` ends in a head noun: a complete name ("Peace Corps", "… Program"). */
export function endsInHead(left: string): boolean {
  const words = tokens(left).map((t) => t.word);
  return words.length > 0 && headAt(words, words.length - 1) !== undefined;
}

/** "Prime Minister Starmer": a title word, then the capitalised name it introduces. */
function titledPerson(left: string): boolean {
  const words = tokens(left).map((t) => t.word);
  const title = words.findIndex((word) => TITLE_WORDS.has(word));
  return title >= 0 && title < words.length - 1 && !TITLE_WORDS.has(words[words.length - 1]!);
}

/** "Australia", "SSN-AUKUS": a single word that is no title ("Ambassador to the …"). */
function oneWord(left: string): boolean {
  return left.length > 0 && !left.includes(' ') && !TITLE_WORDS.has(left);
}

function cutsAt(left: string, joint: string, right: string): boolean {
  if (/ an?$/.test(joint)) return true;
  // "to" after a name with no head of its end is its complement's ("Conference of the Parties to
  // the UN Framework Convention", "COP26 Transition to Sustainable Agriculture Policy Dialogue").
  // A titled person before "to" is a verb's object, what follows its destination ("welcoming
  // Prime Minister Starmer to the Washington Summit").
  // One headless word before "to" awaits no complement: it is a whole name (a country, an
  // acronym) and what follows is a destination when that is a name of its own ("sell SSN-AUKUS
  // to the Royal Navy", "Australia to the Royal Australian Navy"); "Race to Zero" stays whole.
  const run = firstRun(right);
  if (joint.startsWith(' to') && !endsInHead(left) && !titledPerson(left)) {
    const whole = run.replace(/[.,;:]+$/, ''); // "… to the Royal Navy." ends a sentence
    // Only before "the": "Right to Organize Act" joins a verb complement, which has no article.
    return joint === ' to the' && oneWord(left) && whole.includes(' ') && !!classify(whole);
  }
  return (run.includes(' ') && !!classify(run)) || (joint === ' to' && !right.includes(' '));
}

/** The pieces of a capitalised run cut where "to"/"for the" joins two things, not a complement. */
export function splitAtTo(span: string): { text: string; at: number }[] {
  if (!span.includes(' to ') && !span.includes(' for the ')) return [{ text: span, at: 0 }];
  const pieces: { text: string; at: number }[] = [];
  let from = 0;
  JOINT.lastIndex = 0;
  for (let match = JOINT.exec(span); match; match = JOINT.exec(span)) {
    const left = span.slice(from, match.index);
    const rightAt = match.index + match[0].length;
    if (!cutsAt(left, match[0].trimEnd(), span.slice(rightAt))) continue;
    pieces.push({ text: left, at: from });
    from = rightAt;
  }
  pieces.push({ text: span.slice(from), at: from });
  return pieces;
}
