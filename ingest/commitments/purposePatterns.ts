/**
 * Where a meeting, a welcome or an occasion hands its purpose to the speakers ("met … to
 * reaffirm", "will welcome Prime Minister X to the White House to advance", "take this opportunity
 * to thank"), and the fronted past date that makes such a meeting narrative. Separate from
 * clauses.ts (tests on one trigger's clause): these are the long purpose patterns themselves,
 * compiled once and shared by earlySkip, meetingPurpose and the subject passes.
 */
import { alternation, TITLE_RULES } from '../rules/titles';

/**
 * "We have convened to", "The leaders met in Tokyo today to", "NAME traveled to the ROK … to" (a trip is
 * a meeting abroad, gold README session 10), "spoke today with President-elect
 * Yoon … (ROK) to", "held an introductory call with … to", "met … to highlight …, and to": a
 * meeting or call and its purpose (the first
 * "to" after the meeting verb, no clause between; a second purpose coordinated by "and to").
 * A host's meeting and a call made are meetings too ("hosted President López Obrador for a
 * virtual bilateral meeting to review …", "called Prime Minister Kishida today to express …"; not
 * "called on Congress to act"): their purpose is the participants' stance (gold 2021-03-01).
 * A trip reported by place ("was in New Delhi to discuss …") and calls counted ("had five separate
 * calls with European leaders to discuss …") are meetings too: a readout's usual openings.
 * A delegation led abroad is such a trip ("led an interagency delegation to Mexico to strengthen
 * cooperation …", "led a joint Department of State and Department of Justice delegation to Ecuador
 * to highlight …": gold 2024-02-07, 2024-02-09, `commit`).
 * A trip's own meeting stands between ("traveled to Kyiv, Ukraine today to meet with President
 * Zelenskyy … to reaffirm …", "traveled to Israel, the Netherlands, and the United Kingdom to meet
 * with … to discuss …": gold 2024-03-20, 2022-07-12): the purpose is the trip's. A place visited
 * on the trip is such a trip too ("the First Lady and members of the Delegation visited the Museo
 * Frida Kahlo to celebrate …", gold 2024-10-03 `welcome`). So is a trip previewed ("Mr. Sullivan
 * will visit the United States Indo-Pacific Command to discuss …", "will also travel to Ramallah
 * to meet with … to discuss …": gold 2022-08-30, 2021-12-20; a purpose of the trip's own stance
 * stays folded, meetingPurpose.ts), only after "will" or "shall": "invited X to visit Washington
 * … to continue …" is the guest's trip, "would be unable to travel to …" none.
 * The words between may carry accents, curly quotes or an ampersand ("President Luiz Inácio Lula
 * da Silva", "Benjamin “Benny” Gantz", "Deputy Prime Minister & Foreign Minister"): `\w` is
 * ASCII only, and such names are a fifth of the archive's readout openings with a purpose.
 */
export const MEETING_PURPOSE =
  /(?<=\S)\s+(?:met|meet|spoke|speak|talked|convened|convene|gathered|gather|(?<!(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:has|have|had)\s+)(?:co-)?hosted|called(?=\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])|(?:travell?ed\s+to|visited|(?<=(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:will|shall)\s+(?:(?:also|first|then|next)\s+)?)(?:travel\s+to|visit))\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*(?:,?\s+(?:of\s+|(?:and\s+)?(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*)*|led\s+(?:an?|the|his|her)\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]+\s+){0,8}?delegation\s+to\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*(?:,?\s+[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*)*|(?:was|were)\s+in\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*)*|came together|come together|pause|pauses|paused|(?:held|had)\s+(?:an?|their|his|her|two|three|four|five|six|several|separate)\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+\s+){0,2}?(?:calls?|meetings?|talks|conversations?|videoconferences?|consultations))(?:\s+(?!(?:to|that|which|who|and)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))[\wÀ-ÖØ-öø-ɏḀ-ỿÀ-ÖØ-öø-ɏ,.’'“”()&-]+|\s+and(?=\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])|\s+to\s+meet(?:\s+with)?(?=\s)){0,32}?\s+to(?:\s[^;:]*?,?\s+and\s+to)?$/i;

/**
 * "Daleep Singh will be in New Delhi to continue our ongoing consultations …, and advance …", "I am
 * in Kyiv today to meet with President Zelenskyy and reaffirm …": a trip announced by where the
 * traveller will be, or is, and its purposes (gold 2022-03-29, 2023-02-20), as "was in New Delhi
 * to discuss …" reports one. The place is capitalised (case-sensitive, unlike MEETING_PURPOSE:
 * "is in close contact with … to" is no trip); a further purpose may follow ", and" or "to meet
 * with … and" without its own "to".
 */
export const PRESENCE_PURPOSE =
  /(?<=\S)\s+(?:(?:will|shall)\s+be|am|is|are)\s+in\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*(?:,?\s+[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*)*(?:\s+(?!(?:to|that|which|who|and)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))[\wÀ-ÖØ-öø-ɏḀ-ỿ,.’'-]+){0,8}?\s+to(?:\s+meet\s[^;:]*?\s+and|\s[^;:]*?,\s+and(?:\s+to)?)?$/;

/**
 * "In July and September 2023, our foreign ministers met to advance …", "Last year, the ministers convened to
 * …": a meeting dated by a fronted past time ("In"/"During" and a year, "Last"/"Earlier this" and
 * a period) is another, earlier meeting the statement recounts; its purpose is narrative, no
 * stance of this statement. ("On April 10, 2024, … met" may date the meeting a readout reports.)
 * So is one a fronted adjunct dates to a period gone by ("For this reason, on the margins of
 * COP26 last week, President Biden … hosted a meeting … to hear from …").
 */
export const DATED_PAST_MEETING =
  /^(?:(?:In|During)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+(?:,?\s+(?:and\s+)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+)*\s+)?(?:19|20)\d\d|(?:Last|Earlier\s+this|Earlier\s+last)\s+(?:year|month|week|spring|summer|fall|autumn|winter)|Earlier|(?:[^,;:]{1,60},\s*)?[^,;:]{1,60}\s(?:last\s+(?:year|month|week)|(?:weeks|months|years)\s+ago))\s*,/;

/**
 * A titled visitor and the place they are welcomed to ("Prime Minister Kishida to Japan",
 * "President Pedro Sanchez of Spain to the White House"): only capitalised words, and "of" before
 * one, between the title and "to" (earlySkip's welcome and VISIT_PURPOSE share it).
 */
export const TITLED_VISITOR = `(?:${alternation(TITLE_RULES.titles)})\\s+(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*,?\\s+|of\\s+(?:the\\s+)?(?=[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])){1,7}`;
export const TITLED_VISITOR_TO = `${TITLED_VISITOR}to\\s+(?:the\\s+)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]`;

/**
 * "Vice President Harris welcomed Prime Minister Oyun-Erdene to Washington … to celebrate …": a
 * host's welcome of a titled visitor is ceremony (earlySkip), but the visit's purpose is the
 * host's and the visitor's stance, as a meeting's is. So in a press secretary's preview: "President
 * Biden will welcome Prime Minister X of Y to the White House to reaffirm …" announces the visit's
 * agenda, whose verbs are the two leaders' (gold CONVENTIONS, one-party statements: s12 A, s30 C).
 */
export const VISIT_PURPOSE = new RegExp(
  `(?<=\\S)\\s+(?:welcomed|welcomes|hosted|hosts|(?:will|shall)\\s+(?:[a-zß-öø-ɏḀ-ỿ]+ly\\s+)?(?:welcome|host))\\s+${TITLED_VISITOR_TO}[^;:]{0,120}?\\s+to$`,
);

/**
 * "our two countries take this joint statement as an opportunity to reaffirm …", "I take this
 * occasion to thank …": an occasion taken to do something is a purpose of the speakers, as a
 * meeting's is (an occasion noun is required: "took steps to strengthen" narrates).
 */
export const OCCASION_PURPOSE =
  /(?<=\S)\s+(?:take|takes|took|use|uses|used|seize|seizes|seized|mark|marks)\s+(?:this|the|that|today’s|today's)\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]+\s+){0,4}?(?:as\s+(?:an?|the)\s+(?:[\wÀ-ÖØ-öø-ɏḀ-ỿ-]+\s+)?)?(?:occasion|opportunity|moment|anniversary|day)\s+to$/i;
