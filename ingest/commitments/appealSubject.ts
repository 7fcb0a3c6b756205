/**
 * A subject under "must" / "should" (an appeal trigger): the statement's own "we" undertakes, a
 * named other is called on by the statement's parties. Split from subjectStance.ts, which calls it.
 */
import { addressedAppeal } from './addressedAppeal';
import { agenciesOnly } from './agency';
import { isParty, OPENS_CLAUSE } from './clauses';
import { type Decision, skipWith } from './decision';
import { expandMembers } from './groups';
import type { SubjectInput } from './subjectStance';

/** "The leaders", "Both countries", "and the partners": one noun after at most a determiner. */
const BARE_NOUN =
  /^\s*(?:(?:and|but)\s+)?(?:(?:the|both|the\s+two|our\s+two)\s+)?[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+\s*$/i;

/**
 * "Pyongyang must cease …": the statement's parties call on a named other; "We must" and a
 * party's own "must" are no appeal to anyone: "we must also prepare for the next pandemic" is
 * their own undertaking (README: "must prepare for" is commit). ("We must remain vigilant" states
 * a need, no act.)
 */
export function appeal(
  input: SubjectInput,
  subjectText: string,
  before: string,
  named: boolean,
): Decision {
  const { context, trigger, subject, hits, sentence } = input;
  if (
    /^we$/i.test(subjectText) &&
    OPENS_CLAUSE.test(before) &&
    !/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:remain|stay)$/i.test(trigger.text) &&
    // ("the critical concept that we should work to negotiate …", "It also tells us that we
    // should protect …": a "should" in a "that" clause states a view, not the speakers' act.)
    !(
      /^should(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(trigger.text) &&
      /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])that\s*$/i.test(before)
    )
  ) {
    return {
      accept: {
        trigger: { ...trigger, stance: trigger.ownStance ?? 'commit', appeal: false },
        subject,
        actors: subject.actors,
      },
    };
  }
  // "World leaders must take action", "Creditor countries should …", "All partners should …": a
  // third party named by an agent noun (addressedAppeal.ts) is called on, though the subject
  // found inside it is no named one of its own or is read as the parties ("leaders",
  // "countries"); a bare "The leaders must …", "Both countries should …" stays the parties'.
  const party = isParty({ ...context, represented: undefined }, subject.actors, hits);
  const clause = sentence.text.slice(0, trigger.start).split(/[,;:]/).pop() ?? '';
  if (!named || !OPENS_CLAUSE.test(before) || (party && !BARE_NOUN.test(clause))) {
    const addressed = addressedAppeal(input.sentence, hits, context, trigger);
    if (addressed) return addressed;
  }
  // (A country is no party for having an official named: "Time is not on President Putin’s
  // side" in a G7 statement leaves "Russia must end its … war" the G7's call on Russia.)
  // ("DOE should use existing authorities …", "HHS should develop …": what a government's own
  // agency should do is a fact sheet's recommendation, not a call on a third party.)
  if (
    !named ||
    !OPENS_CLAUSE.test(before) ||
    party ||
    agenciesOnly(subject.actors, hits) ||
    context.signatories.length === 0
  ) {
    return skipWith('not-a-party');
  }
  // ("G7 Leaders’ Statement on …": a title's grouping signs as its members, as its "we" does.)
  const actors = expandMembers(context.signatories, context.members);
  return { accept: { trigger, subject, actors, targets: subject.actors } };
}
