/**
 * Subjects that stand for the statement's parties without naming them: "we" with an appositive,
 * a record's list item, "for us to", "the two", "each side". They resolve to the meeting's
 * officials or the statement's signatories, groupings expanded to their members.
 */
import type { Subject, SubjectSite } from '../resolveActors';
import { EACH_PARTY, FOR_US, PAST_ITEM, WE_APPOSITIVE } from '../subjectShapes';
import { carried } from './carryOver';
import { expandMembers, firstCounted, GROUPS } from './groups';
import { withDelegationSide } from './theDelegation';

/**
 * "Today, we, President Joseph R. Biden, Jr. and Prime Minister KISHIDA Fumio, celebrate …":
 * the appositive names the speakers; "we" is the subject.
 */
export function weAppositive({ context, trimmed }: SubjectSite): Subject | undefined {
  const weNamed = WE_APPOSITIVE.exec(trimmed);
  if (!weNamed) return undefined;
  const we = weNamed[1] ?? weNamed[2]!;
  const start = weNamed.index + weNamed[0].indexOf(we);
  return {
    actors: expandMembers(context.signatories, context.members),
    start,
    end: trimmed.length,
  };
}

/**
 * "Passed the Bipartisan Infrastructure Law, which …", "Announced bold commitments to …": a
 * list item opening with a past verb (a fact sheet's record, a readout's "The leaders:") has
 * the statement's parties as its subject.
 */
export function listItemParties(site: SubjectSite): Subject | undefined {
  const { context, sentence, at, depth, trimmed } = site;
  if (trimmed !== '' || depth !== 0 || !PAST_ITEM.test(sentence.text.slice(at))) return undefined;
  const parties = context.officials.length > 0 ? context.officials : context.signatories;
  if (parties.length === 0) return undefined;
  return { actors: expandMembers(parties, context.members), start: 0, end: 0 };
}

/** "… for us to …", "Let us …": the statement's parties. */
export function forUs({ context, trimmed }: SubjectSite): Subject | undefined {
  const us = FOR_US.exec(trimmed);
  if (!us) return undefined;
  // ("for " and "let " are both four letters: "us" starts after them.)
  return {
    actors: expandMembers(context.signatories, context.members),
    start: us.index + 4,
    end: trimmed.length,
  };
}

/**
 * "The two discussed …": the officials who met (the signatories when fewer are named).
 * "…, and both emphasized": a "both" opening its clause is the subject, not the floating
 * quantifier BETWEEN drops ("the leaders both emphasized").
 */
export function countedParties({ context, left, trimmed }: SubjectSite): Subject | undefined {
  const bareText = GROUPS.bare.test(trimmed) ? trimmed : left.trimEnd();
  const bare = GROUPS.bare.exec(bareText);
  if (!bare) return undefined;
  const counted = firstCounted(
    context.officials.length > 1 ? context.officials : context.signatories,
    bare[1] ?? '',
  );
  if (counted.length === 0) return undefined;
  const subject = {
    actors: expandMembers(counted, context.members),
    start: bareText.length - bare[1]!.length,
    end: Math.max(trimmed.length, bareText.length),
  };
  return carried(context, subject, true);
}

/** "Each side", "each leader": every party (every official, for "leader", when two or more met). */
export function eachParty({ context, trimmed }: SubjectSite): Subject | undefined {
  const each = EACH_PARTY.exec(trimmed);
  if (!each) return undefined;
  const everyParty =
    each[1] === 'leader' && context.officials.length > 1
      ? context.officials
      : each[1] === 'side'
        ? withDelegationSide(context.delegation, context.signatories)
        : context.signatories;
  if (everyParty.length === 0) return undefined;
  return {
    actors: expandMembers(everyParty, context.members),
    start: each.index + each[0].search(/[Ee]ach/),
    end: trimmed.length,
  };
}
