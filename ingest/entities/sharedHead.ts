/**
 * "the East and South China Seas", "North and South Korea", "Northeast and Southeast Asia": a
 * modifier coordinated before a known name shares the rest of that name, so it names a second
 * known thing of the same type. The lexicon finds only the last conjunct; this finds the first
 * when the lexicon knows the name it makes.
 */
import type { Lexicon, LexiconAlias } from '../lexicon';
import { NAME_RULES } from '../rules/names';
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

const MODIFIER_BEFORE = /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(\p{Lu}[\wÀ-ÖØ-öø-ɏḀ-ỿ-]*) and $/u;

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
const STATE_BODY = new RegExp(`^(.+?)(?:[’']s)? (?:${FORCE})(?: \\p{Ll}+)?$`, 'u');
const AND_FORCE = new RegExp(`^ and (?:the |its )?(${FORCE})(?![\\wÀ-ÖØ-öø-ɏḀ-ỿ])`, 'u');

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
