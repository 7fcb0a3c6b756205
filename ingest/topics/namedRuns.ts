/**
 * Where a topic chunk cut at a name runs on past it: allies after a named complement, a second
 * coordinated party, a threat's owner. Used by chunkTopics.ts.
 */

// (Module constants: tsx turns a `\p{…}` literal into a `new RegExp` at each evaluation.)
const OF_NAMED_END = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])of\s+(?:our\s+|the\s+)?\p{Lu}[\p{L}\s]*$/u;

/** The allies' nationality and group head after a named complement, with or without its "and". */
const ALLIES_AFTER_AND =
  /^\s+and\s+(?:\p{Lu}\p{L}+\s+){1,2}(?:allies|partners)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/u;
const ALLIES_AFTER = /^\s+(?:\p{Lu}\p{L}+\s+){1,2}(?:allies|partners)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/u;

/**
 * "defense of our Republic of Korea and Japanese allies": the tagger ends the chunk inside the
 * country's name (or on the "and"), so a chunk that ends in a named complement runs on over
 * "and", the allies' nationality and the group head (namedAllies in quality.ts makes the topic
 * "defense of allies").
 */
export function alliesAfter(
  sentence: string,
  cut: { start: number; end: number },
): { start: number; end: number } {
  const text = sentence.slice(cut.start, cut.end);
  if (!OF_NAMED_END.test(text)) return cut;
  const more = (/\sand$/.test(text) ? ALLIES_AFTER : ALLIES_AFTER_AND).exec(
    sentence.slice(cut.end),
  );
  return more ? { start: cut.start, end: cut.end + more[0].length } : cut;
}

/**
 * " and Japan" when a coordinated party's name follows `end` ("support for the ROK and Japan",
 * cut at the second name), else "": the rest of the object the chunk was cut from.
 */
export function partyAfter(
  text: string,
  end: number,
  parties: readonly { start: number; end: number; adjectival?: boolean }[],
): string {
  const and = /^,?\s+(?:and|or)\s+(?:the\s+)?/.exec(text.slice(end));
  // "support for Jordan and the Jordanian people": a people's adjective names no second party;
  // its noun is a phrase of its own and the stance keeps its one named object.
  const party =
    and && parties.find((p) => p.start === end + and[0].length && p.adjectival !== true);
  return party ? ` and ${text.slice(party.start, party.end)}` : '';
}

/**
 * "the threat posed by the DPRK’s unlawful … programs": the source of a threat is the owner; the
 * chunk ends at the owner's name (its "’s" dropped), and the programs are a phrase of their own.
 * The span ending in that name, or undefined when the chunk is no such phrase.
 */
export function posedByOwner(
  sentence: string,
  chunk: { start: number; end: number },
  named: readonly { start: number; end: number }[],
): { start: number; end: number } | undefined {
  const text = sentence.slice(chunk.start, chunk.end);
  if (!/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])posed by(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/.test(text)) return undefined;
  const end = /[’']s$/.test(text) ? chunk.end - 2 : chunk.end;
  return named.some((hit) => hit.end === end && hit.start > chunk.start)
    ? { start: chunk.start, end }
    : undefined;
}
