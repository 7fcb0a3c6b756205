/**
 * A title naming several calls or meetings together: "Statement by NSC Spokesperson … on National
 * Security Adviser Jake Sullivan Calls with Prime Minister Nikol Pashinyan of Armenia and President
 * Ilham Aliyev of Azerbaijan", "Readout of National Security Advisor Jake Sullivan’s Meetings in
 * Saudi Arabia and Israel". Gold conventions 3.6 (s31 ruling): calls named together are one Event
 * each, so that PARTICIPATED_IN does not join people who never spoke to each other; the gold names
 * each by the title's words for it, the traveller's possessive first ("… Sullivan’s Call with
 * Prime Minister Nikol Pashinyan of Armenia", "… Sullivan’s Meetings in Israel"; gold 2021-05-17,
 * 2024-05-19). A call or meeting with one party ("… Sullivan’s Meetings with Palestinian Authority
 * President Mahmoud Abbas", gold 2023-12-15) is one Event, the title meeting (meeting.ts); an
 * unnamed group ("Calls with European Leaders", gold 2022-03-01) is one collective Event too.
 */

const SPLIT_TITLE =
  /^(?:Joint )?(?:Statement|Readout)(?: (?:by|from) .+?)? (?:on|of) (?:the )?((?:\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.-]* )*\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.-]*?)(?:[’']s)? (Calls|Meetings) (with|in) (\p{Lu}.*)$/u;
/** The items of "A and B", "A, B, and C", each capitalised (a party or a place). */
const ITEM_SEPARATOR = /,? and |, /;
const CAPITALISED = /^\p{Lu}/u;

/**
 * The names of the calls or meetings a title lists, or none: "X’s Call with A" for each party
 * called or met (one conversation each), "X’s Meetings in P" for each place (a visit's several
 * meetings there, as the title counts them).
 */
export function splitMeetingsInTitle(title: string): string[] {
  const match = SPLIT_TITLE.exec(title.replace(/\s+/g, ' ').trim());
  if (!match) return [];
  const [who, heads, preposition] = [match[1]!, match[2]!, match[3]!];
  const items = match[4]!.split(ITEM_SEPARATOR);
  if (items.length < 2 || !items.every((item) => CAPITALISED.test(item))) return [];
  const head = preposition === 'with' ? heads.slice(0, -1) : heads;
  return items.map((item) => `${who}’s ${head} ${preposition} ${item}`);
}
