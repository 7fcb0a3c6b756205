/**
 * Signatories a title names after its subject matter: "Joint Statement on F-16s for Ukraine from
 * U.S. President Joseph R. Biden, Dutch Prime Minister Dick Schoof, and Danish Prime Minister Mette
 * Frederiksen", "Joint Statement on Gaza from the Leaders of the United States, Egypt, and Qatar".
 * The part before "on" names nobody, so without these the statement's "we" fell back to the
 * countries its first sentence names, which there are the recipient and the aggressor (holdout R).
 * Also the officials a title names as its speakers (titleSpeakers), these signers among them.
 */
import { matchLexicon } from './entities/matchLexicon';
import { findOfficials, type OfficialFinding } from './entities/officials';
import type { Lexicon } from './lexicon';
import { SUBJECT_MATTER } from './rules/speakers';
import type { SegmentedSentence } from './segment';
import type { EntityHit } from './types';

/** "… on X by|from <signers>": the last "by"/"from" of the subject matter and what follows it. */
const SIGNED_BY = /\s(?:by|from)\s+(?=\S)/gi;

/** A title's part before its subject matter that names no speaker: "Joint Statement". */
const GENRE_ONLY =
  /^\s*(?:Joint\s+)?(?:Leaders[’']?\s+)?(?:Statement|Declaration|Communiqu[eé]|Press Release|Message)\s*$/i;

/** "the Leaders of …", "the Governments of …": a list of countries speaking through their heads. */
const HEADS_OF =
  /^(?:the\s+)?(?:Leaders|Heads of (?:State|Government)|Governments|Presidents|Prime Ministers|(?:Foreign )?Ministers)\s+of\s+/i;

export interface TitleSigners {
  /** The officials the tail names (declared as the title's speakers). */
  officials: OfficialFinding[];
  /** Their countries, in title order. */
  countries: string[];
}

/**
 * The signers named after a title's subject matter: two officials or more whose countries are
 * known (by a nationality adjective, "of Japan", or the lexicon), or the countries of "the
 * Leaders of X, Y, and Z". None when the part before the subject matter names its speaker itself.
 */
export function trailingSigners(lexicon: Lexicon, title: string): TitleSigners {
  const none: TitleSigners = { officials: [], countries: [] };
  const subject = SUBJECT_MATTER.exec(title);
  // ("Statement from Press Secretary … on the Visit by President Yoon and …" has its speaker.)
  if (!subject || !GENRE_ONLY.test(title.slice(0, subject.index))) return none;
  const rest = title.slice(subject.index + subject[0].length);
  const by = [...rest.matchAll(SIGNED_BY)].at(-1);
  if (!by || by.index === undefined) return none;
  const tail = rest.slice(by.index + by[0].length);
  const heads = HEADS_OF.exec(tail);
  if (heads) {
    const countries = matchLexicon(lexicon, tail, 0)
      .filter((c) => !c.adjectival && c.type === 'Country')
      .sort((a, b) => a.start - b.start)
      .map((c) => c.entityId);
    const distinct = [...new Set(countries)];
    return distinct.length > 1 ? { officials: [], countries: distinct } : none;
  }
  const officials = findOfficials(lexicon, tail, 0).sort(
    (a, b) => a.candidate.start - b.candidate.start,
  );
  const countries = officials
    .map((o) => o.countryId ?? lexicon.entities.get(o.candidate.entityId)?.represents)
    .filter((id): id is string => !!id);
  // Two signers at least, each placed: one official ("… from Korean War") is no signer list.
  if (officials.length < 2 || countries.length < officials.length) return none;
  return { officials, countries: [...new Set(countries)] };
}

/** "We …" (or "…, we …") opening a clause: the first person the beneficiary is named after. */
const WE =
  /(?:^|[,;:]\s*|(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:and|that|as|today)\s+)[Ww]e(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?!,)/g;

/**
 * Signers a statement's opening sets against "we": "We are committed to providing Ukraine with
 * additional air defense capabilities as it defends itself" (Ukraine co-signs, but the donors
 * speak; the gold's ruling for 2024-07-09). A signer the first sentence names as a noun after its
 * "we", and never before it, is the recipient. (Not later sentences: "Patriot batteries donated by
 * the United States, Germany, and Romania" names the donors after a "we" too.) Kept when fewer than
 * two others would remain.
 */
function recipients(
  signers: readonly string[],
  sentences: readonly SegmentedSentence[],
  hitsBySentence: ReadonlyMap<number, readonly EntityHit[]>,
): Set<string> {
  const out = new Set<string>();
  const before = new Set<string>();
  for (const sentence of sentences.slice(0, 1)) {
    const we = [...sentence.text.matchAll(WE)].map((m) => sentence.start + (m.index ?? 0));
    for (const hit of hitsBySentence.get(sentence.index) ?? []) {
      if (!signers.includes(hit.entityId) || hit.nested) continue;
      const afterWe = we.some((at) => at < hit.start);
      if (!afterWe) before.add(hit.entityId);
      else if (!hit.adjectival) out.add(hit.entityId);
    }
  }
  for (const id of before) out.delete(id);
  return signers.length - out.size >= 2 ? out : new Set();
}

/** The signers after a title's subject matter, less those its opening sets against "we". */
export function titleSignatories(
  lexicon: Lexicon,
  title: string,
  sentences: readonly SegmentedSentence[],
  hitsBySentence: ReadonlyMap<number, readonly EntityHit[]>,
): string[] {
  const signers = trailingSigners(lexicon, title).countries;
  const against = recipients(signers, sentences, hitsBySentence);
  return signers.filter((id) => !against.has(id));
}

/**
 * The spokesperson a readout's title names ("Readout from NSC Spokesperson Emily Horne on …"),
 * often named nowhere else: declared like a speaker (gold 2021-05-10, 2021-08-11), but a readout
 * reports what others said, so not a speaker of its commitments.
 */
export function readoutVoices(lexicon: Lexicon, title: string): OfficialFinding[] {
  const voice = /^(?:Joint )?Readout (?:by|from) (.+)$/i.exec(
    title.split(SUBJECT_MATTER, 1)[0] ?? '',
  );
  return voice ? findOfficials(lexicon, voice[1]!, 0) : [];
}

/** "<speaker>['s] Statement": not a joint or leaders' statement, which several parties issue. */
const NAMED_BEFORE =
  /^(?!.*(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:Joint|Leaders?)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))(.+?)(?:[’']s)?\s+Statement$/i;

/**
 * Officials a statement's title names as its speaker ("Statement by NSC Spokesperson Sean Savett
 * on …"), often named nowhere else: the statement is theirs.
 */
export function titleSpeakers(lexicon: Lexicon, title: string): OfficialFinding[] {
  // "Statement of President Joe Biden on …", "Remarks by …": the same genre, the same speaker.
  const head = title.split(SUBJECT_MATTER, 1)[0] ?? '';
  const speaker = /^(?:Joint )?(?:Statement|Remarks) (?:by|from|of) (.+)$/i.exec(head);
  if (speaker) return findOfficials(lexicon, speaker[1]!, 0);
  // "Vice President Harris Statement on …", "First Lady Melania Trump’s Statement": the speaker
  // named before the genre word is as much the statement's speaker.
  const before = NAMED_BEFORE.exec(head);
  if (before) return findOfficials(lexicon, before[1]!, 0);
  // "Joint Statement on … by U.S. President Joseph R. Biden, Dutch Prime Minister Dick Schoof, …"
  return trailingSigners(lexicon, title).officials;
}

/** A sentence ending in a closing quotation: a quoted statement, which signature lines may follow. */
const CLOSES_QUOTE = /[”"]\s*$/;

/**
 * The signature block of a leaders' statement: lines after its last sentence, each a title and a
 * name ("President of the Arab Republic of Egypt Abdel Fattah el-Sisi"). Unpunctuated, they read
 * as headings, which hold no entities; the gold declares the signers (2024-08-08). Declared like
 * the title's speakers, not made speakers: the body's "we" already names the signatories.
 * So are the lines right under a quotation that opens the statement ("“… we invest in each
 * other’s success.” / President Joe Biden / Prime Minister Justin Trudeau"): the quote's signers,
 * whom the body then calls by title alone ("The Prime Minister and the President agreed …";
 * CONVENTIONS §7: leaders named only in signature lines are declared).
 */
export function signatureOfficials(
  lexicon: Lexicon,
  headings: readonly { text: string; start: number }[],
  sentences: readonly { text: string; start: number; end: number }[],
): OfficialFinding[] {
  const lastSentenceEnd = sentences.at(-1)?.end ?? 0;
  return headings
    .filter((line) => line.start >= lastSentenceEnd || underQuote(sentences, line.start))
    .flatMap((line) => findOfficials(lexicon, line.text, line.start));
}

/** Whether the sentence right before `at` (none between) ends in a closing quotation. */
function underQuote(
  sentences: readonly { text: string; start: number; end: number }[],
  at: number,
): boolean {
  const next = sentences.findIndex((sentence) => sentence.start >= at);
  const before = next < 0 ? sentences.at(-1) : sentences[next - 1];
  return before !== undefined && before.end <= at && CLOSES_QUOTE.test(before.text);
}
