/**
 * A subject under "must" / "should" (an appeal trigger): the statement's own "we" undertakes, a
 * named other is called on by the statement's parties. Split from subjectStance.ts, which calls it.
 */
import { isParty, OPENS_CLAUSE } from './clauses';
import { type Decision, skipWith } from './decision';
import { expandMembers } from './groups';
import type { SubjectInput } from './subjectStance';

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
  const { context, trigger, subject, hits } = input;
  if (
    /^we$/i.test(subjectText) &&
    OPENS_CLAUSE.test(before) &&
    !/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:remain|stay)$/i.test(trigger.text)
  ) {
    return {
      accept: {
        trigger: { ...trigger, stance: trigger.ownStance ?? 'commit', appeal: false },
        subject,
        actors: subject.actors,
      },
    };
  }
  // (A country is no party for having an official named: "Time is not on President Putin’s
  // side" in a G7 statement leaves "Russia must end its … war" the G7's call on Russia.)
  if (
    !named ||
    !OPENS_CLAUSE.test(before) ||
    isParty({ ...context, represented: undefined }, subject.actors, hits) ||
    context.signatories.length === 0
  ) {
    return skipWith('not-a-party');
  }
  // ("G7 Leaders’ Statement on …": a title's grouping signs as its members, as its "we" does.)
  const actors = expandMembers(context.signatories, context.members);
  return { accept: { trigger, subject, actors, targets: subject.actors } };
}
