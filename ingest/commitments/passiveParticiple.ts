/**
 * A stance verb's past participle with its agent after it, and no auxiliary before it, is a
 * reduced passive relative clause: it describes the noun before it and says what the by-agent
 * did, not what the sentence's subject takes a stance on ("the Joint Investigation Team supported
 * by Eurojust", "Ukraine's reforms supported by the program", "Resolution ES-11/1, endorsed by all
 * GCC members", "the Task Force on Energy Security announced by Presidents Biden and von der Leyen
 * on March 25", "the Common Principles …, endorsed today by National Security Advisor …"; gold 6
 * of 6 none, 2021-03-17, 2022-05-24, 2022-07-15, 2023-02-24, 2023-05-19, 2024-09-23). CONVENTIONS
 * §5: a relative clause describing a thing is no commitment of its own. Every gold stance on a
 * "… by" participle has its auxiliary ("has been endorsed by", "will be co-hosted by", "are deeply
 * concerned by": 9 of 9), so a passive with one stays for the clause's subject rules.
 */
import type { SegmentedSentence } from '../segment';
import type { Trigger } from '../stances';
import { verbForm } from './clauses';

/** The agent's "by", after at most a time or manner word ("endorsed today by"). */
const AGENT_AFTER =
  /^\s+(?:(?:today|jointly|recently|earlier|also|formally|unanimously|now|initially|first)\s+)?by(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i;

/**
 * An auxiliary or linking verb before the participle (a passive or adjectival predicate of the
 * clause's subject: "has been endorsed by", "are encouraged by", "remain committed by"), after
 * any adverbs, "not" or "also".
 */
const AUXILIARY_BEFORE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:is|are|was|were|be|been|being|am|has|have|had|get|gets|got|gotten|remains?|remained|becomes?|became|feels?|felt|seems?|seemed|stay|stays|stayed)(?:\s+(?:[a-zß-öø-ɏḀ-ỿ]+ly|not|also|further|all|both))*\s*$/i;

/** The participle's word: the trigger is that word alone, perhaps after adverbs. */
const PARTICIPLE_ONLY = /^(?:[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+ly\s+)*[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+$/;

export function passiveParticiple(sentence: SegmentedSentence, trigger: Trigger): boolean {
  // An emotion is the experiencer's own stance, fronted too ("Deeply concerned by …, we …"); an
  // exchange verb is intransitive, its "by" a means ("spoke by phone", "met by video link").
  if (trigger.stance === 'concern' || trigger.stance === 'other') return false;
  if (!PARTICIPLE_ONLY.test(trigger.text) || verbForm(trigger) !== 'past') return false;
  if (!AGENT_AFTER.test(sentence.text.slice(trigger.end))) return false;
  const left = sentence.text.slice(0, trigger.start).trimEnd();
  // A fronted participle opening the sentence is the main subject's ("Encouraged by …, we …").
  if (left === '') return false;
  return !AUXILIARY_BEFORE.test(left);
}
