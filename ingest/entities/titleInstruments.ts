/**
 * The instrument a statement's title announces: "Joint Statement on Framework for United
 * States-Indonesia Agreement on Reciprocal Trade", "Joint Statement on a Framework for a United
 * States-Thailand Agreement on Reciprocal Trade". Gold conventions (sessions 14 B, 19 C, 20 A and B):
 * the framework is an `Instrument` named as the title names it, less its articles, and so is the
 * agreement it frames, both country-specific; the text's shorter mentions ("the Agreement on
 * Reciprocal Trade", "(Agreement)") are that agreement's aliases. Named by the title, each
 * statement's agreement is its own entity (ids come from names), not one "Agreement on Reciprocal
 * Trade" shared by every country's statement. Only a framework's title: a statement "on" any
 * other instrument is on something done to it ("… on Introduction of the U.S. Citizenship Act of
 * 2021", "… on the Senate Vote on the Women’s Health Protection Act", "… Decision Upholding the
 * Affordable Care Act": 4 of 4 such archive-sample titles, every word capitalised as titles are).
 * Gold: 4 framework titles (2025-07-22, 2025-10-26, both 2025-11-13); archive sample (300
 * statements): none.
 */
import type { EntityType } from '../../contract/extraction';
import type { EntityHit } from '../types';
import { entityIdFor } from './candidateAt';
import { CONNECTORS, classify } from './nameHeads';
import type { EntityRegistry } from './registry';

/** The phrase after a statement title's genre words and its first "on": "Joint Statement on …". */
const AFTER_STATEMENT_ON =
  /^(?:Joint )?Statement(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]).*?(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])on (.+)$/;

/** "Framework for …": a framework for an instrument frames that instrument, and is one itself. */
const FRAMEWORK_FOR = /^Framework for (.+)$/;

const ARTICLE = /^(?:a|an|the)$/;

/** The title's phrase less its articles, when every other word is capitalised or a joiner. */
function titleName(phrase: string): string | undefined {
  const words = phrase.split(' ').filter((word) => !ARTICLE.test(word));
  if (words.length < 2) return undefined;
  const named = words.every((word) => /^[\p{Lu}0-9]/u.test(word) || CONNECTORS.has(word));
  return named && /^\p{Lu}/u.test(words[0]!) ? words.join(' ') : undefined;
}

/**
 * The instruments a statement's title announces, outermost first: the framework and the
 * agreement it frames; none when the title's phrase is no framework for an instrument.
 */
export function instrumentsInTitle(title: string): string[] {
  const phrase = AFTER_STATEMENT_ON.exec(title.replace(/\s+/g, ' ').trim())?.[1];
  const name = phrase ? titleName(phrase) : undefined;
  const framed = name ? FRAMEWORK_FOR.exec(name)?.[1] : undefined;
  return name && framed && classify(framed) === 'Instrument' ? [name, framed] : [];
}

const TYPE: EntityType = 'Instrument';

/** The words of a mention, less its articles ("the Agreement on Reciprocal Trade"). */
function plainWords(text: string): string {
  return text
    .split(/\s+/)
    .filter((word) => !ARTICLE.test(word.toLowerCase()))
    .join(' ');
}

/**
 * Declares the title's instruments and makes the text's mentions of each theirs: an Instrument
 * hit whose words end the title's name ("Agreement on Reciprocal Trade" of "United
 * States-Thailand Agreement on Reciprocal Trade") is that instrument, the innermost one that fits,
 * and so is every other hit of the entity it had been ("(Agreement)").
 */
export function declareTitleInstruments(
  registry: EntityRegistry,
  names: readonly string[],
  hits: Iterable<EntityHit>,
): void {
  if (names.length === 0) return;
  const ids = names.map((name) => {
    const id = entityIdFor(TYPE, name);
    registry.ensure(id, TYPE, name);
    return id;
  });
  const all = [...hits];
  const renamed = new Map<string, string>();
  for (const hit of all) {
    if (hit.type !== TYPE || renamed.has(hit.entityId) || ids.includes(hit.entityId)) continue;
    const words = plainWords(hit.text);
    for (let i = names.length - 1; i >= 0; i--) {
      if (names[i] === words || names[i]!.endsWith(` ${words}`)) {
        renamed.set(hit.entityId, ids[i]!);
        break;
      }
    }
  }
  for (const hit of all) {
    const id = renamed.get(hit.entityId);
    if (!id) continue;
    hit.entityId = id;
    hit.name = names[ids.indexOf(id)];
  }
}
