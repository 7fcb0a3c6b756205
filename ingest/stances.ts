/**
 * Stance triggers: how diplomatic statements say reaffirm/commit/support/… (conventions in
 * data/gold/README.md). Each pattern matches the trigger as written; `findTriggers` resolves
 * overlaps (earliest, then longest) so one phrase is one trigger.
 */
import type { Stance } from './contract';

export interface StancePattern {
  stance: Stance;
  pattern: RegExp;
  /** "will …"/"are working to": an undertaking only when an actor is its subject. */
  needsSubject?: boolean;
}

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

const POSS = '(?:their|its|our|his|her|the)';
const ADV = '(?:(?:strongly|firmly|fully|unequivocally|resolutely|jointly|once again|again) )?';
const IMPORTANCE =
  '(?: (?:the|their|its|our) (?:[\\w-]+ ){0,2}?(?:importance|need|imperative|value|role|significance|necessity))?';

const rx = (source: string) => new RegExp(`\\b(?:${source})\\b`, 'gi');

export const STANCE_PATTERNS: StancePattern[] = [
  // reaffirm
  {
    stance: 'reaffirm',
    pattern: rx(
      `${ADV}(?:reaffirm(?:s|ed|ing)?|reiterat(?:e|es|ed|ing)|renew(?:s|ed)?)(?: ${POSS} (?:[\\w-]+ ){0,2}?(?:commitments?|resolve|support|importance|determination|positions?|pledge))?`,
    ),
  },
  { stance: 'reaffirm', pattern: rx('recommit(?:s|ted|ting)?(?: ourselves| themselves)?(?: to)?') },
  // commit
  {
    stance: 'commit',
    pattern: rx(
      `(?:emphasiz|emphasis|stress|underscor|highlight|express|affirm)\\w* ${POSS} (?:[\\w-]+ ){0,2}?(?:commitment|determination|resolve|intention)`,
    ),
  },
  {
    stance: 'commit',
    pattern: rx(`${ADV}(?:newly )?committ?(?:s|ed|ing)? (?:ourselves |themselves )?to`),
  },
  {
    stance: 'commit',
    pattern: rx(
      '(?:agree|agrees|agreed|resolve|resolves|resolved|decided|decide|pledge|pledges|pledged|vow|vowed|intend|intends|undertake|undertook|seek|seeks) to',
    ),
  },
  {
    stance: 'commit',
    pattern: rx('(?:are|remain|remains|is) (?:determined|resolved|committed|ready) to'),
  },
  { stance: 'commit', pattern: rx('concur(?:s|red)? (?:in|to)(?: \\w+ing)?') },
  { stance: 'commit', pattern: rx('instruct(?:s|ed)? (?:their|its|our) [\\w-]+') },
  { stance: 'commit', pattern: rx('announc(?:e|es|ed)') },
  { stance: 'commit', pattern: rx('look(?:s|ed)? forward to (?=\\w+ing\\b)') },
  {
    stance: 'commit',
    pattern: rx(
      '(?:will|shall)(?: (?:also|further|jointly|together|continue to|continue|work together to|work closely to|seek to|strive to|endeavor to|[a-z]+ly))* (?!(?:be|have|not|our|their|its|the|a|an|to)\\b)[a-z]+',
    ),
    needsSubject: true,
  },
  {
    stance: 'commit',
    pattern: rx(
      '(?:are|remain) (?:also )?(?:working|strengthening|expanding|deepening|building|launching|establishing|advancing|enhancing|pursuing|developing|taking|continuing)',
    ),
    needsSubject: true,
  },
  // support
  {
    stance: 'support',
    pattern: rx(
      `(?:express|voic|provid|offer|extend)\\w*(?: ${POSS})? (?:[\\w-]+ ){0,2}?support(?: (?:for|to))?`,
    ),
  },
  {
    stance: 'support',
    pattern: rx('remain(?:s)? steadfast in (?:our|their|its) support(?: for)?'),
  },
  { stance: 'support', pattern: rx(`${ADV}support(?:s|ed|ing)?`) },
  { stance: 'support', pattern: rx('stand(?:s)? (?:firmly |united )?(?:with|for|by)') },
  // welcome
  {
    stance: 'welcome',
    pattern: rx(
      'welcom(?:e|es|ed|ing)|applaud(?:s|ed)?|commend(?:s|ed)?|prais(?:e|es|ed)|congratulat(?:e|es|ed)|appreciat(?:e|es|ed)|celebrat(?:e|es|ed)|hail(?:s|ed)?',
    ),
  },
  { stance: 'welcome', pattern: rx('look(?:s|ed)? forward to') },
  // concern
  {
    stance: 'concern',
    pattern: rx(
      `(?:express|shar|voic|rais|reiterat|underscor|emphasiz|stress|not|convey)\\w*(?: ${POSS})? (?:[\\w-]+ ){0,2}?concerns?(?: (?:about|over|with|regarding|at))?`,
    ),
  },
  { stance: 'concern', pattern: rx('(?:are|remain|is) (?:[\\w-]+ )?concerned') },
  // oppose
  { stance: 'oppose', pattern: rx(`${ADV}oppos(?:e|es|ed|ing)`) },
  {
    stance: 'oppose',
    pattern: rx(
      '(?:stand|stands|stood|standing)(?: [a-z]+){0,2} (?:against|in (?:firm |strong |united )?opposition to)',
    ),
  },
  { stance: 'oppose', pattern: rx(`${ADV}reject(?:s|ed)?|object(?:s|ed)? to|state unequivocally`) },
  // condemn
  {
    stance: 'condemn',
    pattern: rx(`${ADV}(?:condemn(?:s|ed|ing)?|deplor(?:e|es|ed)|denounc(?:e|es|ed))`),
  },
  // urge / encourage / call
  { stance: 'urge', pattern: rx(`${ADV}urg(?:e|es|ed|ing)`) },
  { stance: 'encourage', pattern: rx(`${ADV}encourag(?:e|es|ed|ing)`) },
  { stance: 'call', pattern: rx(`${ADV}call(?:s|ed|ing)? (?:on|upon|for)`) },
  // recognize
  {
    stance: 'recognize',
    pattern: rx(
      'recogni[sz](?:e|es|ed|ing)(?: the (?:[\\w-]+ ){0,2}?(?:importance|need|value|role))?',
    ),
  },
  {
    stance: 'recognize',
    pattern: rx(
      `(?:emphasiz(?:e|es|ed)|emphasis(?:e|es|ed)|stress(?:es|ed)?|underscor(?:e|es|ed)|highlight(?:s|ed)?|assert(?:s|ed)?|note|notes|noted|acknowledg(?:e|es|ed)|affirm(?:s|ed)?)${IMPORTANCE}`,
    ),
  },
  {
    stance: 'recognize',
    pattern: rx('agree(?:s|d)? on the (?:imperative|need|importance)|concur(?:s|red)? on the need'),
  },
  // other
  {
    stance: 'other',
    pattern: rx(
      'discuss(?:es|ed)?(?: the (?:importance|value))?|review(?:s|ed)|exchang(?:e|ed) views',
    ),
  },
];

/** Verbs after "will" that carry a stance of their own ("will condemn" is condemn). */
const WILL_VERBS: [RegExp, Stance][] = [
  [/^support/, 'support'],
  [/^condemn/, 'condemn'],
  [/^oppos/, 'oppose'],
  [/^urg/, 'urge'],
  [/^encourag/, 'encourage'],
  [/^welcom/, 'welcome'],
  [/^reaffirm|^reiterat/, 'reaffirm'],
  [/^recogni/, 'recognize'],
  [/^call/, 'call'],
];

export interface Trigger {
  stance: Stance;
  start: number;
  end: number;
  text: string;
  needsSubject: boolean;
}

export function findTriggers(sentence: string): Trigger[] {
  const found: Trigger[] = [];
  for (const { stance, pattern, needsSubject } of STANCE_PATTERNS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
      const text = match[0].trimEnd();
      if (!text) {
        pattern.lastIndex++;
        continue;
      }
      let resolved = stance;
      if (/^(?:will|shall)\b/i.test(text)) {
        const verb = text.split(' ').pop()!.toLowerCase();
        resolved = WILL_VERBS.find(([test]) => test.test(verb))?.[1] ?? 'commit';
      }
      found.push({
        stance: resolved,
        start: match.index,
        end: match.index + text.length,
        text,
        needsSubject: needsSubject ?? false,
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Trigger[] = [];
  for (const trigger of found) {
    if (chosen.some((other) => trigger.start < other.end && trigger.end > other.start)) continue;
    chosen.push(trigger);
  }
  return chosen;
}
