/**
 * Group subjects as data (data/rules/groups.json): which groupings stand for their members, and
 * which plural heads ("the two Presidents", "the Parties") mean the officials or the countries.
 */
import { z } from 'zod';
import groupsJson from '../../data/rules/groups.json';
import { parseRules } from '../rules/load';

const Id = z.string().regex(/^[a-zß-öø-ɏḀ-ỿ]+:[^\s]+$/, 'a lexicon id like "country:usa"');
const Words = z
  .array(z.string().regex(/^[a-zß-öø-ɏḀ-ỿ0-9][a-zß-öø-ɏḀ-ỿ0-9 -]*$/, 'lowercase words only'))
  .min(1);
/** Plural acronyms keep their capitals ("NSAs"): lowercase, "nsas" would never match a release. */
const Heads = z
  .array(
    z
      .string()
      .regex(
        /^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9 -]*$/,
        'words (capitals only in acronyms)',
      ),
  )
  .min(1);

const GroupsSchema = z.object({
  members: z.record(Id, z.array(Id).min(1)),
  /** A body whose head signs for the union it belongs to (the European Commission's, the EU). */
  institutions: z.record(Id, Id),
  officialNouns: Heads,
  /** Official nouns naming a rank: they mean the officials only when one of them holds it. */
  rankNouns: Words,
  countryNouns: Words,
  /** Official nouns that stand for the sides' countries, counted or not ("the two delegations"). */
  sideNouns: Words,
  /** "our nations", "our governments": in a one-party statement its country and the partner. */
  pairNouns: Words,
  modifiers: Words,
  /** "The two", "Both": a bare number standing for the officials who met. */
  bareSubjects: Words,
  /** Head nouns of joint bodies that speak in a statement about themselves (ownBody.ts). */
  bodyHeads: Heads,
  /** Heads of an initiative's standing working bodies, actors where not founded (standingBody.ts). */
  standingBodyHeads: Heads,
  /** Nouns for those who met that, in a joint body's readout, mean the body ("participants"). */
  bodyNouns: Words,
  /** Words of an agency's or platform's name: it acts on its own (agency.ts). */
  agencyHeads: Words,
  /** Heads of a held forum or summit whose clauses are its participants' (forumSubject.ts). */
  forumHeads: Words,
  /** Prepositions opening a group head's postmodifier before its verb (postmodifiedGroup.ts). */
  headPostmodifiers: Words,
});

type GroupRules = z.infer<typeof GroupsSchema>;

export interface CompiledGroups {
  members: ReadonlyMap<string, readonly string[]>;
  institutions: ReadonlyMap<string, string>;
  /** A group subject at the end of the text before a verb; group 1 is the head noun. */
  subject: RegExp;
  countryNouns: ReadonlySet<string>;
  sideNouns: ReadonlySet<string>;
  pairNouns: ReadonlySet<string>;
  rankNouns: ReadonlySet<string>;
  officialNouns: readonly string[];
  /** A bare-number subject opening a clause at the end of the text ("…, and the two"). */
  bare: RegExp;
  /** A name ending in a joint body's head noun ("U.S.-EU Task Force on Energy Security"). */
  bodyHead: RegExp;
  bodyNouns: ReadonlySet<string>;
  /** A name ending in a standing body's head ("Policy Pillar", "… Task Force"). */
  standingHead: RegExp;
  /** "the Pillar", "The Task Force" ending the text: a short reference; group 1 is the head. */
  standingShort: RegExp;
  /** An organisation id naming an agency or platform ("organization:u-s-agency-for-…"). */
  agencyId: RegExp;
  /** "The Forum", "Participants in the Summit" ending the text; group 1 is the subject. */
  forumSubject: RegExp;
  /**
   * "Members from around the world" as the whole text; group 1 ends at the head noun, group 2 is
   * the head, group 3 the postmodifier.
   */
  postmodified: RegExp;
  /** A country noun anywhere in a text ("from the four countries represented"). */
  countryNounIn: RegExp;
  /** One of the postmodifiers' prepositions as a word: without one, `postmodified` cannot match. */
  postmodifierWord: RegExp;
}

/**
 * Words as written in the file, each also with a capital first letter ("Leaders"), and after a
 * hyphen ("The Co-Chairs").
 */
const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => {
      const rest = word
        .slice(1)
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/ /g, '\\s+')
        .replace(
          /-([a-zß-öø-ɏḀ-ỿ])/g,
          (_, letter: string) => `-[${letter.toUpperCase()}${letter}]`,
        );
      return `[${word[0]!.toUpperCase()}${word[0]}]${rest}`;
    })
    .join('|');

const QUANTIFIERS = '[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Mm]ost|[Ff]ew|[Cc]ertain|[Ss]uch|[Aa]ny';

function compileGroups(rules: GroupRules): CompiledGroups {
  // "the three Foreign Ministers", "G7 Leaders", "The Secretary and Foreign Ministers": up to six
  // modifiers (known words or capitalised names) before a plural head at the end of the text.
  const modifier = `(?:${alternation(rules.modifiers)}|[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ.-]*)`;
  const heads = alternation([...rules.officialNouns, ...rules.countryNouns]);
  // "We note that some countries are exploring …": a quantified head is others, not the parties.
  // ("the friendship between our nations will continue to flourish": a group after "between" or
  // "among" is inside another noun's phrase, no subject.)
  const subject = new RegExp(
    `(?<!(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${QUANTIFIERS})\\s+)(?<!(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:between|among)\\s+(?:(?:[Tt]he|[Oo]ur|[Tt]heir)\\s+)?(?:${modifier}\\s+){0,6})(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:[Tt]he\\s+|[Oo]ur\\s+|[Tt]heir\\s+)?(?:${modifier}\\s+){0,6}(${heads})$`,
  );
  return {
    members: new Map(Object.entries(rules.members)),
    institutions: new Map(Object.entries(rules.institutions)),
    subject,
    countryNouns: new Set(rules.countryNouns),
    sideNouns: new Set(rules.sideNouns),
    pairNouns: new Set(rules.pairNouns),
    rankNouns: new Set(rules.rankNouns),
    officialNouns: rules.officialNouns,
    bodyNouns: new Set(rules.bodyNouns),
    agencyId: new RegExp(
      `^organization:(?:.*-)?(?:${rules.agencyHeads.map((w) => w.replace(/ /g, '-')).join('|')})(?:-|$)`,
    ),
    bare: new RegExp(
      `(?:^|[,;:]\\s*|(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:and|but)\\s+)(${alternation(rules.bareSubjects)})$`,
    ),
    // ("… Task Force on Energy Security": the head may carry a capitalised "on"/"for" remit.)
    bodyHead: new RegExp(
      `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(rules.bodyHeads)})(?:\\s+(?:on|for|to)\\s+[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^,;:]*)?$`,
    ),
    standingHead: new RegExp(
      `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${rules.standingBodyHeads.join('|')})(?:\\s+(?:on|for|to)\\s+[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^,;:]*)?$`,
    ),
    // ("The Forum", "This year’s Summit", "Participants in the Forum": at the clause's opening, as
    // theMeeting's heads; up to four words between, "The first-ever U.S.-Africa Space Forum".)
    forumSubject: new RegExp(
      `(?:^|[,;:][”"’]?\\s*)((?:[Pp]articipants\\s+(?:in|at)\\s+)?(?:[Tt]his|[Tt]he|[Tt]oday[’']s|[Tt]his\\s+year[’']s)\\s+(?:[\\wÀ-ÖØ-öø-ɏḀ-ỿ’'.-]+\\s+){0,4}?(?:${alternation(rules.forumHeads)}))$`,
    ),
    // ("Members from around the world", "Countries within available resources": lowercase words
    // only after the preposition, so a name is never read as part of the head's phrase, and not
    // ending in a function word, as of a coordinated verb's object. A quantifier opening it,
    // "Some countries within …", is others, which `subject`'s lookbehind cannot see at the start.)
    postmodified: new RegExp(
      `^((?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^,;:]{0,80},\\s+)?(?!(?:${QUANTIFIERS})\\s)(?:[Tt]he\\s+|[Oo]ur\\s+|[Tt]heir\\s+)?(?:${modifier}\\s+){0,6}(${heads}))\\s+((?:${rules.headPostmodifiers.join('|')})\\s+(?:[a-zß-öø-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]*\\s+){0,5}[a-zß-öø-ɏḀ-ỿ][\\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]*(?<!(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:and|or|but|nor|to|of|the|that|which|who|with|for|by|as|a|an)))$`,
    ),
    postmodifierWord: new RegExp(`\\s(?:${rules.headPostmodifiers.join('|')})\\s`),
    countryNounIn: new RegExp(
      `(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:${alternation(rules.countryNouns)})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`,
    ),
    standingShort: new RegExp(
      `(?:^|[,;:]\\s*|(?<![\\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:and|but)\\s+)[Tt]he\\s+(${rules.standingBodyHeads.join('|')})$`,
    ),
  };
}

export const GROUPS: CompiledGroups = compileGroups(
  parseRules('rules/groups.json', GroupsSchema, groupsJson),
);

/** Actors with every grouping replaced by its members (in order, without duplicates). */
export function expandMembers(
  actors: readonly string[],
  members: ReadonlyMap<string, readonly string[]> = GROUPS.members,
): string[] {
  return [...new Set(actors.flatMap((id) => members.get(id) ?? [id]))];
}

const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** The number a group subject gives ("the three delegations": 3), if any. */
export function phraseCount(subject: string): number | undefined {
  const word = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(two|three|four|five|six|seven)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])/i
    .exec(subject)?.[1]
    ?.toLowerCase();
  return word ? COUNTS[word] : undefined;
}

/**
 * "The two discussed …" in a readout whose meeting sentence also names the President it prepares
 * for: a counted subject is the first officials named (those who met come first).
 */
export function firstCounted(actors: readonly string[], subject: string): string[] {
  const count = phraseCount(subject);
  return count !== undefined && actors.length > count ? actors.slice(0, count) : [...actors];
}

/**
 * What `GROUPS.subject` must end with: each head noun's last word, or a one-word noun without
 * its first letter (matched in either case). Most subjects end in none, and the regex, with a
 * lookbehind and up to six modifiers, is tried at every position first.
 */
const GROUP_HEAD_ENDS = [...GROUPS.officialNouns, ...GROUPS.countryNouns].flatMap((noun) => {
  const end = noun.includes(' ') ? noun.slice(noun.lastIndexOf(' ') + 1) : noun.slice(1);
  // ("The Co-Chairs": a capital after a hyphen too.)
  const capital = end.replace(
    /-([a-zß-öø-ɏḀ-ỿ])/g,
    (_, letter: string) => `-${letter.toUpperCase()}`,
  );
  return capital === end ? [end] : [end, capital];
});

export function endsInGroupHead(text: string): boolean {
  for (const end of GROUP_HEAD_ENDS) if (text.endsWith(end)) return true;
  return false;
}
