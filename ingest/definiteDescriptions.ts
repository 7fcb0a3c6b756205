/**
 * "… finalize the deal as soon as possible", "thanked His Majesty for Jordan’s leadership": a
 * definite description after a commitment's trigger that the statement writes for one thing it
 * names elsewhere ("the Gaza ceasefire and hostages and detainees release deal", "King Abdullah
 * II"). Which descriptions, of which type, is data (data/rules/definite-heads.json, with the gold
 * counts that kept them and the ones that did not); namedAnaphor.ts' capitalised heads ("the
 * Pledge") are the same reading for the heads of names, and run beside this.
 */
import type { Commitment } from '../contract/extraction';
import { DEFINITE_HEADS } from './rules/definiteHeads';
import { alternation, TITLE_RULES } from './rules/titles';

const RULES = DEFINITE_HEADS;

/** A named thing of the statement: its id, type, names, and an official's title. */
export type NamedEntity = {
  id: string;
  type: string;
  names: readonly string[];
  title?: string;
};

const L = 'A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ';

/**
 * "the deal", "this agreement", "the Kingdom’s": the noun ends its noun phrase (no complement
 * "the agreement on …", no name word after it "the Kingdom of Saudi Arabia", no "-based"), so it
 * stands alone for the thing. Case as the data writes it: "the Agreement" is a name's head.
 */
const DESCRIPTION = new RegExp(
  `(?<![${L}])(?:the|this)\\s+(${alternation(RULES.descriptions.flatMap((d) => d.nouns))})(?![${L}-])(?!\\s+(?:of|on|for|to|in|between|with)(?![${L}])|\\s+[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])`,
  'g',
);
/** Each description noun → the type it names and the (lowercase) name heads it stands for. */
const TYPE_OF = new Map(
  RULES.descriptions.flatMap(({ nouns, type }) => {
    const heads = new Set(nouns.map((noun) => noun.toLowerCase()));
    return nouns.map((noun) => [noun, { type, heads }] as const);
  }),
);

const HONORIFIC = new RegExp(`(?<![${L}])(?:${alternation(RULES.honorifics)})(?![${L}])`);
const ROYAL = new RegExp(`(?<![${L}])(?:${alternation(TITLE_RULES.royalTitles)})(?![${L}])`);

/** Words a name's head stands before: "Agreement on Reciprocal Trade", "Kingdom of Saudi Arabia". */
const AFTER_HEAD = /^(?:of|to|for|on|in|with|against|by|from|between|at)$/;

function nameHead(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  const cut = words.findIndex((word) => AFTER_HEAD.test(word));
  const head = cut > 0 ? words[cut - 1]! : words[words.length - 1]!;
  return head.replace(/[’']s$|[,.;:)]+$/u, '');
}

/** The one entity `pick` accepts, or undefined when none or several do. */
function onlyOne(named: readonly NamedEntity[], pick: (entity: NamedEntity) => boolean) {
  let found: NamedEntity | undefined;
  for (const entity of named) {
    if (!pick(entity)) continue;
    if (found) return undefined;
    found = entity;
  }
  return found;
}

/**
 * The entities the definite descriptions of `clause` (the commitment's words from its trigger on)
 * stand for. A speaker of the clause is never what it is about.
 */
export function describedEntities(
  commitment: Commitment,
  clause: string,
  named: readonly NamedEntity[],
): string[] {
  const ids: string[] = [];
  const keep = (entity: NamedEntity | undefined) => {
    if (entity && !commitment.actors.includes(entity.id) && !ids.includes(entity.id))
      ids.push(entity.id);
  };
  for (const match of clause.matchAll(DESCRIPTION)) {
    const { type, heads } = TYPE_OF.get(match[1]!)!;
    keep(
      onlyOne(
        named,
        (entity) => entity.type === type && entity.names.some((name) => heads.has(nameHead(name))),
      ),
    );
  }
  if (HONORIFIC.test(clause))
    keep(onlyOne(named, (entity) => entity.type === 'Official' && ROYAL.test(entity.title ?? '')));
  return ids;
}
