/**
 * "the Vice President highlighted the President’s recent announcement", "when she hosted him and
 * the First Lady at Windsor Castle": a White House release names its own President, Vice
 * President or First Lady by office alone, and the gold declares the person who held the office
 * on the document's date (gold 2021-09-21, 2022-09-14; README session 10: an unnamed "The
 * President" who acts is the Official). The terms are data (officials.json `homeOffices`).
 *
 * Only when the document names no one else under that office: in "Vice President Harris met
 * President Marcos … the Vice President and the President discussed", the President is Marcos;
 * nor its title ("… Call with President Marcos"). The President stands alone too ("The President
 * has been briefed", "the President signed into law": gold 2022-11-17, 2023-03-26), but not in the
 * spokespeople's "The President and his national security team" (`staffPhrases`). An office whose holder is found only beside another ("beside": the President beside the Vice
 * President) also resolves when the title names its holder by that office and no one else by it
 * ("Readout of President Joseph R. Biden, Jr. Call with Prime Minister Netanyahu", whose text says
 * only "The President reiterated …"): the title's speaker is declared (gold README).
 */
import type { HomeOfficeTerm, Lexicon } from '../lexicon';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { aliasesOf } from './entityAliases';
import { entityHit } from './hit';
import type { OfficialFinding } from './officials';
import { insertHit } from './placeHit';

/**
 * "the President" standing alone: not an office of a country or body ("the President of the
 * Senate"), not a staff title's remit ("Assistant to the President", "Office of the President"),
 * not the President-elect, and not a possessor inside a programme's name ("the President’s
 * Emergency Plan for AIDS Relief", "the President’s Budget"). A second office sharing the first's
 * article is one too ("The President and First Lady will travel to Maui").
 */
const OFFICE =
  /(?<!(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:to|for|of|by|Advisor|Adviser) )(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:[Tt]he |(?<=[Tt]he (?:Vice President|President|First Lady) and ))(Vice President|President|First Lady)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?![-\wÀ-ÖØ-öø-ɏḀ-ỿ])(?! of(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))(?! and (?:CEO|Chief|Founder)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))(?!['’]s? [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ0-9])/g;

interface Office {
  sentence: number;
  start: number;
  end: number;
  text: string;
  office: string;
  /** The sentence's words after the office, for the term's `staffPhrases`. */
  after: string;
}

/** "President X" in a title: the office, then a capitalised word (not "President-elect"). */
const TITLED =
  /(?<!(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])Vice )(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(President|First Lady) ([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*(?: [A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ.’'-]*)*)/g;

/**
 * Each office the title names someone by: true where only its home holder ("President Joseph R.
 * Biden, Jr."), false where someone else too ("… Call with President Ferdinand Marcos, Jr.").
 */
function titleHolders(
  lexicon: Lexicon,
  title: string,
  holderOn: (office: string) => HomeOfficeTerm | undefined,
): Map<string, boolean> {
  const named = new Map<string, boolean>();
  TITLED.lastIndex = 0;
  for (let match = TITLED.exec(title); match; match = TITLED.exec(title)) {
    const office = match[1]!;
    const term = holderOn(office);
    const holder = term && lexicon.entities.get(term.entityId);
    const words = match[2]!;
    const own = !!holder && aliasesOf(lexicon, holder.id).some((a) => words.startsWith(a.alias));
    named.set(office, (named.get(office) ?? true) && own);
  }
  return named;
}

/**
 * "Statement from the Press Secretary on the President’s Travel to Chile", "… on the President and
 * First Lady Traveling to Hawaii": a title announcing the office's own trip, by the office alone.
 */
const OWN_TRIP_TITLE =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])[Tt]he ((?:Vice President|President|First Lady)(?: and (?:the )?(?:Vice President|President|First Lady))?)(?:[’']s)? (?:Historic )?(?:Travel|Trip|Traveling|Travelling)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/;

/**
 * The offices whose own trip the title announces: in its text a bare "the President" is the
 * traveller, the home holder, even where the text names a foreign President to be met ("the
 * President will travel to Santiago, where he will meet with President …").
 */
function ownTripOffices(title: string): ReadonlySet<string> {
  const offices = OWN_TRIP_TITLE.exec(title)?.[1];
  return new Set(offices ? offices.split(/ and (?:the )?/) : []);
}

function inTerm(term: HomeOfficeTerm, date: string): boolean {
  return (!term.from || term.from <= date) && (!term.to || date <= term.to);
}

/** The title's office is `office` itself, not a lesser rank of it ("Vice President" ≠ "President"). */
function holdsOffice(lesser: ReadonlySet<string>, title: string, office: string): boolean {
  if (title === office) return true;
  if (!title.endsWith(` ${office}`)) return false;
  const before = title.slice(0, -office.length).trim().split(/\s+/).pop() ?? '';
  return !lesser.has(before.toLowerCase());
}

/**
 * Adds an Official hit for each bare home office whose holder on `date` is known, unless the
 * document names some official by that office (its own holder or a foreign one).
 */
export function homeHolders(
  lexicon: Lexicon,
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
  officials: readonly OfficialFinding[],
  date: string | undefined,
  title = '',
): void {
  const terms = lexicon.homeOffices;
  if (!terms?.length || !date) return;
  const offices: Office[] = [];
  for (const sentence of sentences) {
    // Cheap guard: most sentences name none of the three offices.
    if (!sentence.text.includes('President') && !sentence.text.includes('First Lady')) continue;
    const hits = hitsBySentence.get(sentence.index) ?? [];
    OFFICE.lastIndex = 0;
    for (let match = OFFICE.exec(sentence.text); match; match = OFFICE.exec(sentence.text)) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      if (hits.some((hit) => hit.start < end && hit.end > start)) continue;
      const after = sentence.text.slice(match.index + match[0].length).trimStart();
      offices.push({
        sentence: sentence.index,
        start,
        end,
        text: match[0],
        office: match[1]!,
        after,
      });
    }
  }
  if (offices.length === 0) return;
  const lesser = lexicon.dated?.lesserRanks ?? new Set<string>();
  const titles = [
    ...officials.map((finding) => finding.title),
    ...[...hitsBySentence.values()]
      .flat()
      .map((hit) => (hit.type === 'Official' ? lexicon.entities.get(hit.entityId) : undefined))
      .map((entity) => entity?.attributes?.title ?? ''),
  ];
  const named = new Set([...hitsBySentence.values()].flat().map((hit) => hit.entityId));
  const holderOn = (office: string) =>
    terms.find((term) => term.office === office && inTerm(term, date));
  // Offices resolved without condition first: "The President and the Vice President had …"
  // names the Vice President, beside whom the President then resolves.
  const conditional = (office: Office) => (holderOn(office.office)?.beside ? 1 : 0);
  // Read only when an office needs it: it scans the lexicon's aliases.
  let inTitle: Map<string, boolean> | undefined;
  offices.sort((a, b) => conditional(a) - conditional(b));
  const ownTrip = ownTripOffices(title);
  for (const office of offices) {
    const traveller = ownTrip.has(office.office);
    if (!traveller && titles.some((title) => holdsOffice(lesser, title, office.office))) continue;
    const term = holderOn(office.office);
    const holder = term && lexicon.entities.get(term.entityId);
    if (!holder) continue;
    if (term.staffPhrases?.some((phrase) => office.after.startsWith(phrase))) continue;
    inTitle ??= titleHolders(lexicon, title, holderOn);
    // A title naming a foreign holder of the office ("Call with President Marcos") leaves a bare
    // "The President" of its body unresolved: either could be meant.
    if (!traveller && inTitle.get(office.office) === false) continue;
    const besideNamed = named.has(holderOn(term.beside ?? '')?.entityId ?? '');
    if (term.beside && !besideNamed && !inTitle.get(office.office)) continue;
    const hits = hitsBySentence.get(office.sentence)!;
    insertHit(
      hits,
      entityHit(holder.id, 'Official', office.start, office.end, office.text, holder.name),
    );
    named.add(holder.id);
  }
}
