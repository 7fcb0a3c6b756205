/**
 * "This meeting will precede the U.S.-India 2+2 Ministerial …", "The Madrid Summit hosted by Spain
 * will ensure that NATO is united …", "The first meeting will take place in Israel …", "this
 * gathering will demonstrate how democracies deliver …": a meeting or summit is no agent, and what
 * it will do is its agenda or a forecast, none (CONVENTIONS §5 None: remits and predictions; gold
 * 0 commitments in 10 such "will" clauses, 4 of which were extracted as the parties' or the
 * host's commit: 2022-04-10, 2022-06-28, 2022-07-13, 2022-11-29). A trip or visit is not one of
 * these heads: it stands for its travellers ("The visit will reaffirm …", tripSubject.ts).
 */
import type { Trigger } from '../stances';

/**
 * The clause's subject up to the modal: a determiner, up to four words, the event head, and an
 * optional complement naming its host, place or theme ("hosted by Spain", "for Democracy").
 * Case-sensitive for the determiner, which opens the sentence or follows a fronted phrase's comma.
 */
const EVENT_SUBJECT =
  /(?:^|,\s+)(?:[Tt]his|[Tt]he|[Tt]hat|[Tt]oday[’']s|[Nn]ext)\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]+\s+){0,4}?(?:meeting|gathering|[Ss]ummit|[Cc]onference|session)(?:\s+(?:hosted\s+by|held\s+in|in|of|for|on)\s+[^,;]{1,60}?)?\s*$/;

/** A modal undertaking ("will precede", "will also ensure") whose subject is a meeting. */
export function eventAgenda(left: string, trigger: Trigger): boolean {
  return (
    trigger.needsSubject &&
    /^(?:will|shall)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i.test(trigger.text) &&
    EVENT_SUBJECT.test(left)
  );
}
