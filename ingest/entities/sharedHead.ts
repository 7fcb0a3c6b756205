/**
 * "the East and South China Seas", "North and South Korea", "Northeast and Southeast Asia": a
 * modifier coordinated before a known name shares the rest of that name, so it names a second
 * known thing of the same type. The lexicon finds only the last conjunct; this finds the first
 * when the lexicon knows the name it makes.
 */
import type { Lexicon, LexiconAlias } from '../lexicon';
import { NAME_RULES } from '../rules/names';
import { stem } from '../topics/plural';
import { candidateAt } from './candidateAt';
import type { Candidate } from './matchLexicon';

const EXACT = new WeakMap<Lexicon, Map<string, LexiconAlias>>();

/** The lexicon's case-sensitive names, built once per lexicon. */
function exactNames(lexicon: Lexicon): Map<string, LexiconAlias> {
  let names = EXACT.get(lexicon);
  if (!names) {
    names = new Map();
    for (const alias of lexicon.aliases)
      if (!alias.caseInsensitive && !alias.adjectival && !alias.surnameOnly)
        names.set(alias.alias, alias);
    EXACT.set(lexicon, names);
  }
  return names;
}

const MODIFIER_BEFORE = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ-]*) and $/;

export function sharedHeadNames(
  lexicon: Lexicon,
  text: string,
  offset: number,
  lexical: readonly Candidate[],
): Candidate[] {
  const names = exactNames(lexicon);
  return lexical.flatMap((known) => {
    if (known.type === 'Topic' || known.adjectival) return [];
    const firstWord = /^\S+/.exec(known.text)?.[0] ?? '';
    const rest = known.text.slice(firstWord.length);
    if (!rest) return [];
    const modifier = MODIFIER_BEFORE.exec(text.slice(0, known.start - offset));
    if (!modifier) return [];
    const made = `${modifier[1]}${rest}`;
    // "Seas" shared by two seas: the singular is the name of each.
    const alias = names.get(made) ?? names.get(made.replace(/s$/, ''));
    const entity = alias && lexicon.entities.get(alias.entityId);
    if (!entity || entity.type !== known.type || entity.id === known.entityId) return [];
    const start = offset + modifier.index;
    const word = modifier[1]!;
    return [
      {
        entityId: entity.id,
        type: entity.type,
        start,
        end: start + word.length,
        text: word,
        source: 'lexicon' as const,
      },
    ];
  });
}

const FORCE = NAME_RULES.forceNouns.join('|');
/** "Myanmar military" / "Myanmar’s military": a state's body named by a lowercase noun. */
const STATE_BODY = new RegExp(`^(.+?)(?:[’']s)? (?:${FORCE})(?: [a-zß-öø-ɏḀ-ỿ]+)?$`);
const AND_FORCE = new RegExp(`^ and (?:the |its )?(${FORCE})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`);

/**
 * "the Myanmar military and police": a lowercase force noun coordinated after a known state's
 * body shares its state, so it names that state's other body (gold: "Myanmar police", an
 * Organization, aliased by its surface "police").
 */
export function sharedStateBodies(
  text: string,
  offset: number,
  lexical: readonly Candidate[],
): Candidate[] {
  return lexical.flatMap((known) => {
    if (known.type !== 'Organization') return [];
    const state = STATE_BODY.exec(known.text);
    const next = AND_FORCE.exec(text.slice(known.end - offset));
    if (!state || !next) return [];
    const noun = next[1]!;
    const start = known.end + next[0].length - noun.length;
    const name = `${state[1]} ${noun}`;
    return [{ ...candidateAt('Organization', noun, start, 'phrase', name), name }];
  });
}

/** "Departments of …": a plural head before "of" and the first capitalised item of its list. */
const PLURAL_OF_HEAD =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ÿ]+(?:ies|s)) of (?=[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])/gu;
/** Between two items of the list: a comma, "and" or both. */
const ITEM_SEPARATOR = /^(?:,? and (?:the )?|, (?:the )?)/;
/** Up to four words of an item, the longest tried first ("Health and Human Services"). */
const ITEM_WORDS =
  /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\p{L}’'-]*(?: (?:and |of |the )?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\p{L}’'-]*){0,3}/u;

/** The longest opening of `rest` that names a known body after `head of` (or `head of the`). */
function knownItem(
  names: ReadonlyMap<string, LexiconAlias>,
  head: string,
  rest: string,
): { words: string; alias: LexiconAlias } | undefined {
  const words = ITEM_WORDS.exec(rest)?.[0].split(' ') ?? [];
  for (let n = words.length; n > 0; n--) {
    const item = words.slice(0, n).join(' ');
    const alias = names.get(`${head} of ${item}`) ?? names.get(`${head} of the ${item}`);
    if (alias) return { words: item, alias };
  }
  return undefined;
}

/**
 * "the Departments of State and Defense", "the Departments of Treasury, State, and Commerce": a
 * plural head before "of" is shared by the items of the list after it, each of which names the
 * known body "Department of State", "Department of the Treasury" (gold: 4 departments in 2
 * files, none found before; helpers' sample: 8 such lists in 7 files). The list ends at the first
 * item that makes no name the lexicon knows, and a list of one is left to the lexicon.
 */
export function sharedOfHeads(lexicon: Lexicon, text: string, offset: number): Candidate[] {
  if (!text.includes('s of ')) return [];
  const names = exactNames(lexicon);
  const out: Candidate[] = [];
  PLURAL_OF_HEAD.lastIndex = 0;
  for (let match = PLURAL_OF_HEAD.exec(text); match; match = PLURAL_OF_HEAD.exec(text)) {
    const head = stem(match[1]!);
    const found: Candidate[] = [];
    let at = match.index + match[0].length;
    for (;;) {
      const item = knownItem(names, head, text.slice(at));
      const entity = item && lexicon.entities.get(item.alias.entityId);
      if (!item || !entity) break;
      // The first item keeps the head ("Departments of Justice"), so the subject "the
      // Departments of Justice and Homeland Security" is two names and a joiner, no stray words.
      const from = found.length === 0 ? match.index : at;
      const end = at + item.words.length;
      found.push({
        entityId: entity.id,
        type: entity.type,
        start: offset + from,
        end: offset + end,
        text: text.slice(from, end),
        source: 'lexicon',
      });
      at += item.words.length;
      const separator = ITEM_SEPARATOR.exec(text.slice(at));
      if (!separator) break;
      at += separator[0].length;
    }
    // One item is no list: "the Departments of State" alone is left to the lexicon.
    if (found.length >= 2) out.push(...found);
  }
  return out;
}
