/**
 * "congratulated him on his appointment as Prime Minister", "to congratulate her on her
 * election": what a congratulation is on is an occasion of the person's own (data/rules/
 * topic-quality.json `occasionNouns`), a topic the floor refuses (one word, or a title inside:
 * gold 2024-07-05 "appointment as Prime Minister", 2022-05-12 "appointment of Kim Sung-han",
 * 2022-03-09 "ROK presidential election"). Only after a congratulation: elsewhere "election"
 * or "appointment" is read as any other noun.
 */
import { TOPIC_QUALITY as Q } from '../rules/topicQuality';

export interface Occasion {
  /** Sentence-relative span of "his appointment as Prime Minister". */
  start: number;
  end: number;
  names: string[];
}

/** "on his [recent] appointment [as (the) Title Words]"; "on its selection of" is a choice, no occasion. */
const ON_OCCASION =
  /(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])on\s+(?:his|her|their|its)\s+(?:(?:recent|historic|successful)\s+)?([\p{Ll}-]+)(\s+victory)?(?!\s+of(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))(?:\s+as\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{N}’'.-]*)*))?/gu;

export function occasions(text: string, from: number, to: number): Occasion[] {
  const out: Occasion[] = [];
  for (const match of text.slice(from, to).matchAll(ON_OCCASION)) {
    const noun = match[1]!;
    if (!Q.occasionNouns.has(noun)) continue;
    const start = from + match.index;
    if (!/(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])congratulat/i.test(text.slice(0, start))) continue;
    const head = `${noun}${match[2] ?? ''}`;
    // A title that ends the sentence leaves its full stop ("as Prime Minister.").
    const title = match[3]?.replace(/\.$/, '');
    const name = title ? `${head} as ${title}` : head;
    const length = match[0].length - (match[3] && title !== match[3] ? 1 : 0);
    out.push({ start, end: start + length, names: [name] });
  }
  return out;
}
