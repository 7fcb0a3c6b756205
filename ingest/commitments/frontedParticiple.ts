/**
 * Who a fronted participle's stance belongs to ("Recognizing …, the leaders launched …"): the
 * main clause's subject, settled once a sentence's triggers are read; separate from clauses.ts's
 * per-trigger tests.
 */
import { type ActorContext, type Subject, subjectBefore } from '../resolveActors';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { expandMembers, GROUPS } from './groups';
import { speakingBodies } from './ownBody';

/**
 * The plural heads a main clause's subject may end in ("the two leaders", "our governments"),
 * from the group nouns of data/rules/groups.json (one-word ones: the test is word by word).
 */
const PLURAL_HEADS = [...GROUPS.officialNouns, ...GROUPS.countryNouns].filter((noun) =>
  /^[a-zß-öø-ɏḀ-ỿ]+$/.test(noun),
);

/** The main verb: the first lowercase word that is not part of a plural subject ("the two leaders"). */
const MAIN_VERB = new RegExp(
  `\\s(?!(?:the|and|two|three|both|of|${PLURAL_HEADS.join('|')})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ]))[a-zß-öø-ɏḀ-ỿ]`,
);

/**
 * "Recognizing that …, President Biden and Prime Minister Suga have launched …": the subject of
 * the main clause after a fronted participle, found as the words right after one of its commas
 * that resolve to actors, one of them a party, before a lowercase word (the main verb); undefined
 * when none does. A plural head of the subject ("our governments issued …", "the two countries
 * launched …") is no verb, and "our" may lead it as "the" does.
 */
function mainSubject(
  context: ActorContext,
  sentence: SegmentedSentence,
  hits: EntityHit[],
): Subject | undefined {
  const text = sentence.text;
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    const opening = /^\s+/.exec(text.slice(comma + 1))?.[0].length ?? 0;
    const from = comma + 1 + opening;
    const verb = MAIN_VERB.exec(text.slice(from, from + 120));
    if (!verb) continue;
    const subject = subjectBefore(context, sentence, hits, from + verb.index);
    // Only a title may stand before the subject found ("President Biden and …").
    const lead = subject ? text.slice(from, subject.start) : '';
    if (
      subject?.actors.some((id) => speaksForStatement(context, id)) &&
      /^(?:(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*|the|our)\s+)*$/.test(lead)
    )
      return subject;
  }
  return undefined;
}

/**
 * A speaker of the statement (a signatory, an official who met, the title's speaker) or one of
 * their officials: "Recognizing his grave error, the British General … cried out" in a
 * commemorative message's narrative is a third party's past act, no stance of the statement.
 */
function speaksForStatement(context: ActorContext, id: string): boolean {
  const { signatories, officials, speakers } = context;
  const country = context.countryOf?.get(id) ?? id;
  const member = (group: string) => context.members?.get(group)?.includes(country) ?? false;
  return (
    signatories.includes(id) ||
    officials.includes(id) ||
    (speakers ?? []).includes(id) ||
    signatories.includes(country) ||
    signatories.some(member) ||
    speakingBodies(context.bodies).has(id) ||
    (context.standing?.has(id) ?? false)
  );
}

/** A main clause that describes its subject: a form of "be", "remain", "benefit", "has" + noun. */
const DESCRIBES =
  /^\s*(?:also\s+|now\s+)?(?:is|are|was|were|remains?|benefits?|has\s+(?:a|an|the)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])|have\s+(?:a|an|the)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))/i;

/** A resolution-style preamble participle, in capitals ("RECOGNIZING", "FURTHER REAFFIRMING"). */
const PREAMBLE_PARTICIPLE =
  /^(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]{2,} )*[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]{3,}ING(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

interface Pending {
  trigger: { concurrent?: boolean; frontedPurpose?: boolean; text: string; start: number };
  actors: string[];
  pending?: boolean;
  /** A treaty-style preamble's participle paragraph (preamble.ts). */
  preamble?: boolean;
  until?: number;
  subject?: Subject;
}

/**
 * "Standing firmly against …, they reaffirmed …": a fronted participle takes the subject of the
 * main clause's stance; with no stance in the main clause ("Noting …, the leaders established
 * …"), the main clause's own subject.
 */
export function resolvePending<T extends Pending>(
  accepted: T[],
  context: ActorContext,
  sentence: SegmentedSentence,
  hits: EntityHit[],
): T[] {
  const stated = accepted.find((item) => !item.pending && item.actors.length > 0);
  const bare = !stated && accepted.some((item) => item.pending);
  const main = stated ?? (bare ? mainSubject(context, sentence, hits) : undefined);
  return accepted.map((item) => {
    if (!item.pending) return item;
    // "**6 HIGHLIGHTING** that …, where … President Biden welcomed …;": a capitalised participle
    // opening its paragraph is the declaring parties' stance whatever a clause inside it says;
    // the paragraph has no main clause (gold: 14 of 14 such paragraphs the parties', two naming
    // President Biden inside, 2022-11-12).
    if (item.trigger.start === 0 && PREAMBLE_PARTICIPLE.test(item.trigger.text))
      return { ...item, actors: expandMembers(context.signatories, context.members) };
    // "While working to …, we will respond …": an undertaking alongside the main clause's stance;
    // with none there ("While working at these organizations, he developed …") it narrates.
    if (item.trigger.concurrent) return { ...item, actors: stated?.actors ?? [] };
    // "To curb …, our agencies traced …": a narrative main clause leaves the purpose as the
    // parties' stance of its own (gold 2022-10-14); before a stance ("To protect labor rights,
    // the United States has made commitments …") it is that stance's frame, folded in.
    // A copular or descriptive main clause ("To ensure …, the United States is by far the
    // largest contributor", "…, Indonesia also benefits from …") states no act, so no purpose.
    if (item.trigger.frontedPurpose) {
      const acts = main && 'end' in main && !DESCRIBES.test(sentence.text.slice(main.end));
      // "To help Ukraine …, the President has authorized …": who acts is no part of what the
      // purpose is about (the subject is kept out of `about`, as any clause's subject).
      if (bare && main && acts && 'start' in main)
        return { ...item, actors: main.actors, subject: main };
      return { ...item, actors: [] };
    }
    // The bare main clause is no part of what the participle is about: it ends at its subject.
    if (bare && main && 'start' in main) return { ...item, actors: main.actors, until: main.start };
    // "EMPHASIZING the importance of …;": a declaration's preamble paragraph has no main clause;
    // its capitalised participle is a stance of the "WE" that opens the declaration.
    // ("Recognizing the importance of …;": so is a sentence-case participle paragraph of a
    // treaty-style preamble, whose main clause comes paragraphs later.)
    if (!main && (PREAMBLE_PARTICIPLE.test(item.trigger.text) || item.preamble === true))
      return { ...item, actors: expandMembers(context.signatories, context.members) };
    return { ...item, actors: main?.actors ?? [] };
  });
}
