/**
 * Stance triggers: how diplomatic statements say reaffirm/commit/support/… (conventions in
 * data/gold/README.md). Each pattern matches the trigger as written; `findTriggers` resolves
 * overlaps (earliest, then longest) so one phrase is one trigger.
 */
import type { Stance } from './contract';
import { STANCES_COMPILED, type VerbForm } from './rules/stanceRules';

/**
 * CAMEO root codes per stance (GDELT's event taxonomy, top level):
 *   01 make public statement  ← recognize
 *   02 appeal                 ← urge, call, encourage
 *   03 express intent to cooperate ← commit, reaffirm
 *   04 consult                ← other (discussed, reviewed)
 *   05 engage in diplomatic cooperation ← support, welcome
 *   11 disapprove             ← concern, condemn (CAMEO 111 "criticize or denounce")
 *   12 reject                 ← oppose
 */
export const CAMEO_ROOT: Record<Stance, string> = {
  recognize: '01',
  urge: '02',
  call: '02',
  encourage: '02',
  commit: '03',
  reaffirm: '03',
  other: '04',
  support: '05',
  welcome: '05',
  concern: '11',
  condemn: '11',
  oppose: '12',
};

/** "will …": an undertaking only when a party is its subject; the verb after it may carry its own stance. */
const WILL =
  /\b(?:will|shall)(?: (?:also|further|jointly|together|continue to|continue|work together to|work closely to|seek to|strive to|endeavor to|[a-z]+ly))* (?!(?:be|have|not|our|their|its|the|a|an|to)\b)[a-z]+\b/gi;

/** "are working to", "remain committed … ": present-progressive undertakings of the parties. */
const PROGRESSIVE = new RegExp(
  `\\b(?:are|remain) (?:also )?(?:${STANCES_COMPILED.progressives.join('|')})\\b`,
  'gi',
);

/**
 * "affirmed that the ROK will apply …", "affirm in the strongest words possible their commitment":
 * a verb that takes its stance from its complement (→ commit) when that is an undertaking.
 */
function complementStance(
  sentence: string,
  end: number,
  form: VerbForm | undefined,
): Stance | undefined {
  if (!form?.byComplement) return undefined;
  const rest = sentence.slice(end, end + 200);
  if (/^\s+that\b/.test(rest)) {
    const clause = rest.split(/[;:]/, 1)[0] ?? '';
    return /\b(?:will|shall)\b/.test(clause) ? form.byComplement : undefined;
  }
  return OWN_COMMITMENT.test(rest) ? form.byComplement : undefined;
}

/** "… in the strongest words possible their commitment": a possessed commitment within six words. */
const OWN_COMMITMENT =
  /^(?:\s+[\w’'-]+){0,6}?\s+(?:their|its|our|his|her)\s+(?:[\w-]+\s+){0,2}?(?:commitments?|determination|resolve)\b/;

export interface Trigger {
  stance: Stance;
  start: number;
  end: number;
  text: string;
  /** "will …"/"are working to": an undertaking only when a party is its subject. */
  needsSubject: boolean;
}

function collect(
  found: Trigger[],
  sentence: string,
  pattern: RegExp,
  stanceOf: (match: RegExpExecArray, text: string) => Stance,
  needsSubject: boolean,
): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
    const text = match[0].trimEnd();
    if (!text) {
      pattern.lastIndex++;
      continue;
    }
    found.push({
      stance: stanceOf(match, text),
      start: match.index,
      end: match.index + text.length,
      text,
      needsSubject,
    });
  }
}

/** Stance triggers of a sentence: earliest first, the longest where two overlap. */
export function findTriggers(sentence: string): Trigger[] {
  const { forms, verbPattern, frames } = STANCES_COMPILED;
  const found: Trigger[] = [];
  collect(
    found,
    sentence,
    verbPattern,
    (match) => {
      const form = forms.get(match[1]!.toLowerCase());
      return complementStance(sentence, match.index + match[0].length, form) ?? form!.stance;
    },
    false,
  );
  for (const frame of frames) collect(found, sentence, frame.pattern, () => frame.stance, false);
  collect(
    found,
    sentence,
    WILL,
    (_, text) => forms.get(text.slice(text.lastIndexOf(' ') + 1).toLowerCase())?.stance ?? 'commit',
    true,
  );
  collect(found, sentence, PROGRESSIVE, () => 'commit', true);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Trigger[] = [];
  for (const trigger of found) {
    if (chosen.some((other) => trigger.start < other.end && trigger.end > other.start)) continue;
    chosen.push(trigger);
  }
  return chosen;
}
