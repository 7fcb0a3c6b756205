/**
 * The trip a statement's title names, when its text refers back to it: "Readout of Senior
 * Administration Official Travel to Mexico" … "During the visit, …", "Statement … on Deputy
 * National Security Advisor Anne Neuberger’s Travel to the Republic of Korea" … "DNSA Neuberger’s
 * trip follows up on …", "Statement … on the Travel of National Security Advisor Jake Sullivan to
 * the Republic of Korea" … "During his visit, …". Gold conventions (sessions 13 and 16 B): a trip
 * the title names and the text refers back to is an `Event`, named by the title phrase; a trip the
 * text only narrates ("Mr. Sullivan traveled to Tokyo", gold 2023-06-17) is none. Gold: 5 trip
 * titles, the 4 with a back-reference Events, the one without none. Archive sample (300
 * statements): 11 trip titles; 2 refer back ("Throughout his trip", "This visit to the Middle East
 * region") and are trips named as things; 9 only narrate or preview ("will travel to", "looks
 * forward to welcoming"), no Event by the rule.
 */

/**
 * The phrase after the title's genre words: "Readout of …", "Statement by … on (the) …",
 * "Readout from … on …"; the first "of" or "on" ends them.
 */
const AFTER_GENRE =
  /^(?:Joint )?(?:Readout|Statement)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]).*?(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:of|on) (?:the )?(.+)$/;

/**
 * A trip as a title writes it: "X’s Travel to", "Senior Administration Official Travel to",
 * "Travel of X to", "Visit of X", "X’s Trip to", "Senior Administration Travel to". What precedes
 * the head is the traveller (a possessive, an office ending in "Official", or "Administration"),
 * or nothing; the traveller's title may hold an "of" ("Secretary of State Antony Blinken’s Visit to
 * the Middle East", gold 2021-05-24).
 */
const TRIP =
  /^(?:(?:\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.-]* (?:of )?)*(?:\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.-]*[’']s(?: \p{Lu}\p{Ll}+)?|Officials?|Administration) )?(?:Travel|Trip|Visit) (?:to|of) (?:the )?\p{Lu}/u;

/**
 * A one-party statement on a trip or visit its title names ("Statement from Press Secretary … on
 * the Visit of President … to the White House", "Statement by NSC Spokesperson … on Senior
 * Administration Travel to India") previews or reports that trip as a readout reports a meeting:
 * the gold declares it even when the body only says who "will welcome" whom (gold: 15 such titles
 * of one-party statements, all 15 declare the title phrase as an Event, 7 with no back-reference).
 * Group 1 is the speaker, whose own trip a bare "on Travel to …" is.
 */
const STATEMENT_ON_TRIP =
  /^Statement (?:by|from) (?:the )?(.+?) on (?:the )?(?:Travel|Trip|Visit|\p{Lu})/u;

/**
 * "Statement from President Joe Biden on Travel to Kyiv, Ukraine": a bare trip is the speaker's,
 * named with the speaker's possessive ("President Joe Biden’s Travel to Kyiv, Ukraine", gold
 * 2023-02-20). Only a speaker named with a capitalised title and name ("the President" alone is
 * left as the title writes it).
 */
const BARE_TRIP = /^(?:Travel|Trip|Visit) to /;
const NAMED_SPEAKER = /^(?:\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.-]* ){1,4}\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.-]*$/u;

/**
 * "Readout of Homeland Security Advisor Dr. Liz Sherwood-Randall’s Visit to Qatar", "Readout of
 * … Jon Finer’s Trip to Haiti": a readout of a visit or trip reports it as a readout of a meeting
 * reports the meeting, so it is the Event even when the body only narrates it (gold 2022-10-14,
 * 2024-10-16, session 23). "Travel" names the movement rather than an occasion, and a readout of
 * it that only narrates ("Readout of … Sullivan’s Travel to Japan", gold 2023-06-17) has none.
 */
const READOUT_OF_VISIT =
  /^(?:Joint )?Readout of (?:the )?(?:\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.-]* )*\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.-]*[’']s (?:Visit|Trip) to /u;

/**
 * "a trip to a named meeting is that meeting's" (visits.ts): "President Biden’s Travel to San
 * Francisco for APEC Leaders’ Week" names the meeting, no trip of its own. The meeting is one a
 * gathering's head names: "the Visit of President Ashraf Ghani …, Chairman of the High Council for
 * National Reconciliation" is a visit (gold 2021-06-20), its "for" inside a body's name.
 */
const FOR_NAMED_MEETING =
  /,? (?:for|to attend) (?:the )?[\p{Lu}0-9][^,]*(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:Week|Summit|Meeting|Conference|Forum|Games|Olympics|Cup|Session|Ministerial|Talks|Dialogue)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/u;

/**
 * The text refers back to the trip as a thing: "The visit", "During his visit", "the trip",
 * "DNSA Neuberger’s trip", "this visit". A verb ("traveled to", "will visit") is no reference.
 */
const BACK_REFERENCE =
  /(?:^|[^\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])(?:[Tt]he|[Tt]his|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.-]*[’']s) (?:(?:recent|official|historic|upcoming|first|state|working) )?(?:visit|trip|travel)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ’'-])/u;

/** The trip the title names, as the title writes it, or undefined. */
export function tripInTitle(title: string, body: string): string | undefined {
  const oneLine = title.replace(/\s+/g, ' ').trim();
  const phrase = AFTER_GENRE.exec(oneLine)?.[1];
  if (!phrase || !TRIP.test(phrase) || FOR_NAMED_MEETING.test(phrase)) return undefined;
  const statement = STATEMENT_ON_TRIP.exec(oneLine);
  if (statement) {
    const speaker = statement[1]!;
    return BARE_TRIP.test(phrase) && NAMED_SPEAKER.test(speaker)
      ? `${speaker}’s ${phrase}`
      : phrase;
  }
  return BACK_REFERENCE.test(body) || READOUT_OF_VISIT.test(oneLine) ? phrase : undefined;
}
