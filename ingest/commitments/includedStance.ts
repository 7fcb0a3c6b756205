/**
 * "agreed to be partners in protecting nature, including by supporting Indigenous-led
 * conservation efforts": a stance gerund after "including by/through" is a commitment of its own,
 * with the actors of the clause it hangs on (CONVENTIONS §5, a means gerund: "a stance gerund in
 * 'including by supporting …' is a commitment of its own (`support`), also 'including by
 * rejecting' → `oppose`, 'by encouraging industry …' → `encourage`"). Gold, session 51: 9 split
 * in 9 files; the 4 folded ones (3 files) are the shapes the s49 census named, kept folded here:
 * the gerund hangs on an item of a ";" list, on what an importance or recognition frame
 * recognises, repeats a verb of its own stance in the clause ("to support …, including by
 * supporting"), or opens a list of means gerunds ("including by supporting X, bolstering Y, …").
 * A bare "including V-ing" splits only for a stance other than support and other ("including
 * encouraging", "—including urging", "including recognizing": 3 of 3 split; "including
 * supporting" 2 split vs 4 folded, "including reviewing" folded). After an appeal the gerund is
 * part of what the ones called on are asked to do ("calling on States to use the funds to …,
 * including by supporting their students' mental health"), as an appeal's infinitive list is.
 */
import type { Stance } from '../../contract/extraction';
import type { Trigger } from '../stances';
import { verbForm } from './clauses';
import type { SharedInput } from './coordinatedVerb';
import type { Accepted, Decision } from './decision';

/** The example marker right before the gerund; group 1 is the "by"/"through" of means. */
const INCLUDING = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])including(\s+(?:by|through))?$/i;

/** Stances whose bare "including V-ing" names a topic of the clause, not a stance taken. */
const BARE_FOLDED: ReadonlySet<Stance> = new Set<Stance>(['support', 'other']);

/** ", bolstering …": a further -ing item after the gerund's object, a list of means. */
const MEANS_SERIES = /^[^;.]*?,\s+(?:and\s+)?[a-zß-öø-ɏḀ-ỿ]+ing\s/;

/** Stances whose object is asked to act: an example after them is part of the ask. */
const APPEALS: ReadonlySet<Stance> = new Set<Stance>(['call', 'urge', 'encourage']);

/** Whether the stance the gerund hangs on folds it (the s49 census's folded shapes). */
function folded(text: string, governing: Accepted, trigger: Trigger): boolean {
  const between = text.slice(governing.trigger.end, trigger.start);
  const stem = trigger.text.toLowerCase().replace(/ing$/, '');
  const repeated = new RegExp(`(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])${stem}`, 'i');
  return (
    between.includes(';') ||
    governing.trigger.stance === 'recognize' ||
    APPEALS.has(governing.trigger.stance) ||
    governing.trigger.stance === trigger.stance ||
    repeated.test(between) ||
    MEANS_SERIES.test(text.slice(trigger.end))
  );
}

/** The stance gerund an "including (by)" introduces, accepted with its clause's actors. */
export function includedStance(input: SharedInput, left: string): Decision | undefined {
  const { trigger, accepted, sentence } = input;
  const governing = accepted[accepted.length - 1];
  if (!governing || governing.actors.length === 0) return undefined;
  // A bare gerund only: "supporting", not a frame that happens to start with one.
  if (verbForm(trigger) !== 'ing' || !/^[a-zß-öø-ɏḀ-ỿ]+ing$/i.test(trigger.text)) return undefined;
  const marker = INCLUDING.exec(left);
  if (!marker) return undefined;
  if (!marker[1] && BARE_FOLDED.has(trigger.stance)) return undefined;
  if (folded(sentence.text, governing, trigger)) return undefined;
  return { accept: { trigger, actors: governing.actors, included: true } };
}
