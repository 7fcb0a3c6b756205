/**
 * Letters beyond ASCII in the extractor's patterns. `\w`, `[A-Z]` and `\b` are ASCII-only (`\b`
 * even with the `u` flag: it stands inside "José"), so "the Treaty of San José" was cut to "Treaty
 * of San Jos", "Võ Văn Thưởng" to "Võ Văn Th", and "Élysée" opened no name. The patterns of
 * ingest/ write instead (tests/unit/architecture/unicode-patterns.test.ts keeps it so):
 *
 * - a word's characters `[\wÀ-ÖØ-öø-ɏḀ-ỿ]` and its letters `[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]`: ASCII, Latin-1,
 *   Latin Extended-A and -B and Latin Extended Additional, the letters of Spanish, Portuguese,
 *   French, German, Turkish, Polish, Baltic and Vietnamese names. Ranges rather than `\p{L}`: a
 *   property class in the character class a name's letters repeat through cost a third of the
 *   extractor's speed (its hundreds of ranges are searched per character), a few ranges nothing;
 * - a word's edges `(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])` and `(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])` for `\b`;
 * - a capital `\p{Lu}` and a lowercase letter `\p{Ll}` (with the `u` flag: without it `\p{Lu}`
 *   reads as the letters "p{Lu}"), which the ranges cannot tell apart in Latin Extended-A.
 *
 * Deliberate ASCII tests ("is this word plain ASCII?") say "ASCII on purpose" beside them.
 */

/** The letters of the Latin script the patterns read (see above). */
const LATIN = 'A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ';

/**
 * A case-insensitive pattern's source with its letter classes made Latin ranges, for the `i` flag
 * without `u`: V8 matches `iu` patterns through full Unicode case folding, about twice as slowly
 * as `i` ones (the stance frames took a quarter of extraction so), and under `i` case does not
 * matter, so `\p{Lu}` and `\p{Ll}` are letters alike. Every case-insensitive RegExp built from a
 * string goes through here.
 */
export function caseless(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      const property = /^\\p\{(L|Lu|Ll|N)\}/.exec(source.slice(i, i + 6));
      if (property) {
        const letters = property[1] === 'N' ? '0-9' : LATIN;
        out += inClass ? letters : `[${letters}]`;
        i += property[0].length - 1;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    out += char;
  }
  return out;
}
