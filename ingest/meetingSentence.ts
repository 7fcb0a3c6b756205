/**
 * The sentence of a readout that says who met: a call counts as a meeting, and a list after "met
 * with:" or "the meeting included" names who else took part (ingest/parties.ts).
 */

/**
 * "Vice President Harris today had five separate calls with European leaders", "spoke by phone
 * with": a readout's calls are its meetings, so the official who made them is a party. The medium
 * and the day may stand between the verb and "with" ("spoke by phone today with", "spoke by phone
 * on April 7 with", "spoke today by phone with": 20 of the annotated statements write the call
 * so, and their gold has the two officials as who "They" are in the next sentences).
 */
const CALL_VERB =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:spoke|speaks|talked|had (?:(?:a|an|[\wÀ-ÖØ-öø-ɏḀ-ỿ]+) )?(?:separate |phone |video |virtual |telephone )*calls?|held (?:(?:a|an|[\wÀ-ÖØ-öø-ɏḀ-ỿ]+) )?(?:separate |phone |video |virtual |telephone )*calls?) (?:by (?:phone|telephone|videoconference|video(?: conference)?) )?(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ]+ ){0,3}?with(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

/**
 * A call made by someone the sentence names: "I spoke with President Zelenskyy" in the
 * President's own statement names only the one called, who is no speaker of it.
 */
export function namedCaller(text: string): boolean {
  const call = CALL_VERB.exec(text);
  return !!call && !FIRST_PERSON.test(text.slice(0, call.index));
}

const FIRST_PERSON = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:I|[Ww]e)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

/**
 * A sentence listing who else took part in the meeting ("the meeting included: …", "The Vice
 * President spoke individually with: Prime Minister …": the colon opens the list of those met).
 */
export const PARTICIPANTS =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:(?:meeting|call|summit|discussion|session)s? (?:also )?included|participants (?:also )?included|(?:was|were) (?:also )?joined by|(?:spoke|met|talked) (?:[\wÀ-ÖØ-öø-ɏḀ-ỿ]+ )?with:)/i;
