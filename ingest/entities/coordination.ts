/**
 * Where one capitalised run holds more than one name: "X Strategy and Y Program" (two names joined
 * by "and") and "… Program in the Office of …" (a name hosted by a body). Kept apart from the span
 * finder because each cut is a judgement on head types, not on the run's shape.
 */
import type { EntityType } from '../../contract/extraction';
import { HEAD_TYPES, NAME_RULES } from '../rules/names';
import { alternation, TITLE_RULES } from '../rules/titles';
import { CONNECTORS, classify, headAt, tokens } from './nameHeads';

/** Split "National Defense Strategy and Defense Buildup Program" into its two names. */
export function splitCoordinated(span: string): { text: string; at: number }[] {
  const parts: { text: string; at: number }[] = [];
  const words = tokens(span);
  let from = 0;
  for (let i = 1; i < words.length - 1; i++) {
    if (words[i]!.word !== 'and' && words[i]!.word !== '&') continue;
    const before = words.slice(0, i).map((t) => t.word);
    // A span ending a sentence keeps its full stop ("… Cooperation Agency."): not part of a head.
    const after = span
      .slice(words[i + 1]!.start)
      .replace(/^the /, '')
      .replace(/[.,’']+$/, '');
    // "X Strategy and Y Program", or two full names ("India’s Ministry of Defense and the U.S.
    // Department of Defense", "the University of Tokyo and Keio University": two of a kind): two
    // entities. "Law Enforcement and Cooperation Framework": one.
    const left = classify(span.slice(from, words[i]!.start - 1));
    // Two of a kind: the next conjunct alone ("Purdue University") has the same head type, in
    // its own words ("Asia in the Bureau of …" is no second office: its head is a complement's).
    const next = classify(firstRun(after.split(' and ')[0]!.replace(/[.,’']+$/, '')));
    // After "and the", the next conjunct up to its own "and" must be a name ("the Paris Pact for
    // People and the Planet and the G20 Compact": "the Planet" is the first one's complement).
    const conjunct = after.split(' and ')[0]!;
    const bothNamed =
      words[i + 1]!.word === 'the'
        ? theLedPair(left, span.slice(from, words[i]!.start - 1), conjunct)
        : !!left && (left === next || headThenComplement(conjunct));
    if (!headAt(before, before.length - 1) && !bothNamed) continue;
    // "the Bill and Melinda Gates Foundation": a head that is also a given name (finalOnlyHeads)
    // ends no name of one word.
    if (!bothNamed && i - tokens(span.slice(0, from)).length === 1) {
      if (NAME_RULES.finalOnlyHeads.has(before[before.length - 1]!)) continue;
    }
    // "Statement … on Preventing Nuclear War and Avoiding Arms Races": inside a complement the
    // "and" joins the subject's parts, not two names.
    if (
      !bothNamed &&
      inComplement(before.slice(from === 0 ? 0 : tokens(span.slice(0, from)).length))
    )
      continue;
    const cut = words[i]!.start;
    parts.push({ text: span.slice(from, cut - 1), at: from });
    from = words[i + 1]!.start;
  }
  parts.push({ text: span.slice(from), at: from });
  return parts;
}

/**
 * "Ministry of Foreign Affairs and Ministry of Communications and Information", "… Forum on Clean
 * Energy Industrial Transformation and Taskforce on Critical Minerals": a conjunct that opens with a
 * head noun and its complement is a name of its own (gold 2023-10-12, 2023-05-20), whatever kind.
 */
function headThenComplement(conjunct: string): boolean {
  const [head, connector] = conjunct.split(' ');
  return HEAD_TYPES.has(head ?? '') && /^(?:of|on|for)$/.test(connector ?? '');
}

/** A lone acronym ("AFL-CIO", "NOAA"): a name with no head noun. */
const ACRONYM = /^\p{Lu}[\p{Lu}0-9&-]+$/u;
/** Capitalised words only ("Forest Service", "Abrahamic Family House", "CDC/ATSDR"): a bare proper name. */
/**
 * The lowercase particles of a person's or place's name (titles.json nameParticles: 'bin', 'de',
 * 'von der'): inside a run they join capitalised words ("Mohammed bin Rashid Space Center",
 * namedPhrases.ts), and a bare name may hold them ("Crown Prince Mohammed bin Salman and the …").
 */
export const LOWER_PARTICLES = alternation(
  TITLE_RULES.nameParticles.filter((particle) => /^\p{Ll}/u.test(particle)),
);
const CAP_WORD = "\\p{Lu}[\\wÀ-ÖØ-öø-ɏḀ-ỿ’'./-]*";
const BARE_NAME = new RegExp(`^${CAP_WORD}(?: (?:(?:${LOWER_PARTICLES}) )?${CAP_WORD})*$`, 'u');

/**
 * One capitalised word and its place ("Government of Iraq", "People of Ukraine"): headless, but
 * before "and the" and a name with its own head ("… and the Kurdistan Regional Government") it is
 * no part of that name.
 */
const WORD_OF_PLACE =
  /^(?:The )?\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]* of (?:the )?\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]*(?: \p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]*)*$/u;

/**
 * Whether "LEFT and the RIGHT" joins two names. RIGHT (up to its own "and") must be one: a name by
 * its head noun ("the Hedayah Center", "the Affordable Care Act"), or, after a headed LEFT, a lone
 * acronym ("Department of Labor and the AFL-CIO"). LEFT is a name by its head, or a bare proper
 * name with no complement ("Forest Service", "Medicaid", "NOAA": head-less, but "… and the" after
 * a proper name never continues it). "the Paris Pact for People and the Planet": no head, no pair.
 */
function theLedPair(left: EntityType | undefined, leftText: string, right: string): boolean {
  // "the Joint Statement of the United States and the European Union on a Tariff Agreement": a
  // document's parties after "of" go on after "and the" (gold 2025-08-21).
  if (left === 'Instrument' && PARTIES_OF.test(leftText) && classify(right) !== 'Instrument')
    return false;
  // "the Women and the Economy Forum": a people noun is no name of its own (gold 2023-11-17).
  if (NAME_RULES.peopleWords.has(leftText)) return false;
  if (classify(right)) return !!left || BARE_NAME.test(leftText) || WORD_OF_PLACE.test(leftText);
  return !!left && ACRONYM.test(right);
}

/** A document's name ending in its first party: "Joint Statement of the United States". */
const PARTIES_OF =
  / (?:of|[Bb]etween) (?:the )?\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*(?: \p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*)*$/u;

/**
 * "UN Committee on the Peaceful Uses of Outer Space Guidelines for the Long-Term Sustainability of
 * …": in a body's complement, an instrument's head noun with a complement of its own starts the
 * instrument the body issued, a name of its own; the body's name ends before it. Only after a
 * capitalised word ("Organization for the Prohibition of Chemical Weapons" has no such head;
 * "Committee on the Convention …" keeps its instrument after "the", part of its subject).
 */
export function splitBodyInstrument(span: string): { text: string; at: number }[] {
  const words = tokens(span);
  const plain = words.map((t) => t.word);
  if (classify(span) !== 'Organization') return [{ text: span, at: 0 }];
  let headed = false;
  let complement = false;
  for (let i = 0; i < words.length - 1; i++) {
    const word = plain[i]!;
    if (CONNECTORS.has(word.toLowerCase())) {
      complement ||= headed;
      continue;
    }
    const head = headAt(plain, i);
    if (!complement) {
      headed ||= head !== undefined;
      continue;
    }
    const next = plain[i + 1]!.toLowerCase();
    if (!/^\(?\p{Lu}/u.test(plain[i - 1]!) || !['for', 'on', 'of'].includes(next)) continue;
    // A one-word instrument head ("Guidelines"), not the end of a longer head ("Global Partnership").
    if (head?.[1] !== 'Instrument' || head[0] !== word) continue;
    // "Ad Hoc Committee for a Framework Convention on …": after an article the instrument is what
    // the body works on, its complement's subject.
    if (articleLed(plain, i)) continue;
    const cut = words[i]!.start;
    return [
      { text: span.slice(0, cut - 1), at: 0 },
      { text: span.slice(cut), at: cut },
    ];
  }
  return [{ text: span, at: 0 }];
}

/** Whether the words before `index`, back to the last connector, follow an article. */
function articleLed(words: string[], index: number): boolean {
  let i = index - 1;
  while (i >= 0 && !CONNECTORS.has(words[i]!.toLowerCase())) i--;
  return i >= 0 && ['a', 'an', 'the'].includes(words[i]!.toLowerCase());
}

/** The words of a name before its first connector ("Asia" of "Asia in the Bureau"). */
function firstRun(name: string): string {
  const words = tokens(name).map((t) => t.word);
  const cut = words.findIndex((word) => CONNECTORS.has(word.toLowerCase()));
  return (cut < 0 ? words : words.slice(0, cut)).join(' ');
}

/** A head noun followed by a connector: what comes after is the name's complement. */
function inComplement(words: string[]): boolean {
  const head = words.findIndex((_, i) => headAt(words, i) !== undefined);
  return head >= 0 && words.slice(head + 1).some((word) => CONNECTORS.has(word.toLowerCase()));
}

/**
 * "the Wisconsin Regional Training Partnership/Building Industry Group": a head noun before a slash
 * ends one name, and another follows ("G20/OECD", "HIV/AIDS" join words of one name).
 */
export function splitAtHeadSlash(span: string): { text: string; at: number }[] {
  const slash = /(\S+)\/(?=\p{Lu})/u.exec(span);
  if (!slash || !HEAD_TYPES.has(slash[1]!)) return [{ text: span, at: 0 }];
  const at = slash.index + slash[0].length;
  return [
    { text: span.slice(0, at - 1), at: 0 },
    ...splitAtHeadSlash(span.slice(at)).map((part) => ({ text: part.text, at: part.at + at })),
  ];
}

/**
 * "U.S. Survivors of Torture Program in the Office of Refugee Resettlement": a name whose head ends
 * right before "in the" and a body's name is hosted by that body, not named after it; the body is a
 * name of its own. ("Declaration on the Conduct of Parties in the South China Sea" keeps its place:
 * its head is not the last word before "in the", and a sea is no body.)
 */
export function withoutHost(name: string): string {
  const cut = name.indexOf(' in the ');
  if (cut < 0) return name;
  const before = tokens(name.slice(0, cut)).map((t) => t.word);
  if (!headAt(before, before.length - 1) || !classify(name.slice(0, cut))) return name;
  const host = name.slice(cut + ' in the '.length).replace(/[.,’']+$/, '');
  return classify(host) === 'Organization' ? name.slice(0, cut) : name;
}

/**
 * "East Asia Summit (EAS) Declaration on the Principles …", "Initiative for ASEAN Integration (IAI)
 * Work Plan IV": an acronym defined inside a run closes the name it abbreviates (its letters are
 * the initials of the capitalised words before, which a head noun types); what follows is a name of
 * its own, or nothing. "Promise to Address Comprehensive Toxics (PACT) Act" stays whole (the words
 * before have no head), and so does "Japan Exchange and Teaching (JET) Programme" (one word after
 * it is the whole name's head).
 */
/**
 * True when `acronym` is the initials, or leaves out one of them after the first ("Partnership for
 * Global Infrastructure and Investment (PGI)").
 */
function abbreviates(acronym: string, initials: string): boolean {
  if (acronym === initials) return true;
  if (acronym.length !== initials.length - 1 || acronym[0] !== initials[0]) return false;
  for (let skip = 1; skip < initials.length; skip++) {
    if (initials.slice(0, skip) + initials.slice(skip + 1) === acronym) return true;
  }
  return false;
}

export function splitAtAcronym(span: string): { text: string; at: number }[] {
  const defined = / \((\p{Lu}[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]{1,8})\) (?=\p{Lu})/u.exec(span);
  if (!defined) return [{ text: span, at: 0 }];
  const before = span.slice(0, defined.index);
  const initials = tokens(before)
    .map((t) => t.word)
    .filter((word) => /^\p{Lu}/u.test(word) && !CONNECTORS.has(word.toLowerCase()))
    .map((word) => word[0])
    .join('');
  const at = defined.index + defined[0].length;
  // "Japan Exchange and Teaching (JET) Programme": one word after is the whole name's head; an
  // owner's possessive ("Coalition for … (CDRI) India’s climate initiative") is not.
  const oneWord = !span.slice(at).includes(' ') && !/[’']s$/.test(span.slice(at));
  if (!abbreviates(defined[1]!.toUpperCase(), initials) || !classify(before) || oneWord)
    return [{ text: span, at: 0 }];
  return [
    { text: before, at: 0 },
    ...splitAtAcronym(span.slice(at)).map((part) => ({ text: part.text, at: part.at + at })),
  ];
}

/**
 * "the Connecting Europe Facility of the European Commission", "the Green Climate Fund of the
 * World Bank": a programme's name ends at its head noun; "of the" and a body after it name the
 * body that runs it, a name of its own. Only a programme head right before "of the" and a whole
 * body name after it ("Program of Action", "Partners of the Blue Pacific" keep their complement).
 */
export function splitProgramOwner(span: string): { text: string; at: number }[] {
  const cut = span.indexOf(' of the ');
  if (cut < 0) return [{ text: span, at: 0 }];
  const left = span.slice(0, cut);
  const right = span.slice(cut + ' of the '.length);
  const words = tokens(left).map((t) => t.word);
  if (words.length < 2 || headAt(words, words.length - 1)?.[1] !== 'Program') {
    return [{ text: span, at: 0 }];
  }
  if (classify(right) !== 'Organization' || / (?:of|for|on) /.test(right)) {
    return [{ text: span, at: 0 }];
  }
  return [
    { text: left, at: 0 },
    { text: right, at: cut + ' of the '.length },
  ];
}
