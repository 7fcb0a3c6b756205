/**
 * A founding act ("launch", "establish" in data/rules/stances.json, `foundingAct`) is a commitment
 * when the meeting itself founds something: "Today, we launch …", "the leaders launched a new
 * dialogue" (gold 2021-04-16, 2021-09-15, 2022-01-21, 2022-05-24). Most such verbs in the archive
 * narrate what was founded before ("In March 2023, President Biden and Prime Minister Trudeau
 * launched …", "we launched the initiative in 2022", a record's "we established …"): those are none.
 */
import { MONTH_ALTERNATION } from '../rules/months';
import type { Trigger } from '../trigger';
import { verbForm } from './clauses';

/** A clause set at another time or place: "where she", "since the leaders", "as we embark". */
const ELSEWHEN =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:where|when|since|after|as|once)\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]+\s+){1,4}$/i;

/** A time gone by: a month, a year, "ago", "last …", "since then". */
const PAST_TIME = `(?:${MONTH_ALTERNATION}|(?:19|20)\\d\\d|ago|last|earlier|since|then)`;

/** A sentence opening on a past time: "In March 2023, …", "And so in March, …", "Since then, …". */
const DATED_OPENING = new RegExp(
  `^(?:And\\s+(?:so\\s+)?)?(?:[Ii]n|[Oo]n|[Aa]t|[Ss]ince|[Ll]ast|[Ee]arlier|[Dd]uring|[Bb]y)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])[^,]{0,60}(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])${PAST_TIME}(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])[^,]{0,40},`,
  'u',
);

/** A past time: "in July", "at the June G7 Leaders’ Summit", "at the 2022 Quad Leaders’ Summit". */
const DATED = new RegExp(
  `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:in|at|on|during|since)\\s+(?:the\\s+)?(?:${MONTH_ALTERNATION}|(?:19|20)\\d\\d)(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])|(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])ago(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
  'u',
);

/**
 * A sentence set on the statement's own day or event: "Today, our five countries launched …",
 * "Today, we launched the Nairobi-Washington Vision", "During the event, we also launched …": what
 * it founds is the meeting's act whoever the party subject is (gold 4 of 4: 2022-06-24,
 * 2022-11-15, 2024-05-23, 2025-02-13; none against).
 */
const OWN_DAY_OPENING =
  /^(?:Today|During\s+(?:the|this|today[’']s)\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+\s+){0,2}?(?:event|meeting|summit|visit|call|dialogue|session|ceremony)),\s/;

/** A fronted participle's phrase: "Noting the progress … announced in April 2021, ". */
const FRONTED_PARTICIPLE = /^\p{Lu}\p{Ll}+ing(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])[^,;]*,\s*/u;

export function narratedFounding(
  item: { trigger: Trigger; actors: string[] },
  text: string,
): boolean {
  const { trigger } = item;
  if (trigger.foundingAct !== true) return false;
  const before = text.slice(0, trigger.start);
  if (ELSEWHEN.test(before) || DATED_OPENING.test(text)) return true;
  // A past time in the founding clause: "That is why at the June G7 Leaders’ Summit in Germany,
  // Leaders launched …", "… launched the Dialogue in July" (not one a fronted participle recalls).
  const clause = before.slice(before.lastIndexOf(';') + 1).replace(FRONTED_PARTICIPLE, '');
  const after = /^[^;:]{0,120}/.exec(text.slice(trigger.end))?.[0] ?? '';
  if (DATED.test(clause) || DATED.test(after)) return true;
  if (OWN_DAY_OPENING.test(text)) return false;
  // A past founding is the meeting's only with the officials who met as subject ("the leaders",
  // "President Biden and Prime Minister Kishida"): "we launched …" is a record's, "the United
  // States launched …" a narrative's, "She also launched …" a biography's.
  const met = item.actors.length > 1 && item.actors.every((id) => id.startsWith('official:'));
  return verbForm(trigger) === 'past' && !met;
}
