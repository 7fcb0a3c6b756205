/**
 * `\s` by UTF-16 code unit (a pattern without `u` reads code units), as a table computed once:
 * the word scans that walk every sentence test each character, and a regex test of a
 * one-character string (or an exec per word, with its match array) cost more than the walk.
 */
let spaceUnits: Uint8Array | undefined;

export function isSpaceUnit(code: number): boolean {
  if (!spaceUnits) {
    spaceUnits = new Uint8Array(0x10000);
    for (let unit = 0; unit < 0x10000; unit++)
      spaceUnits[unit] = /\s/.test(String.fromCharCode(unit)) ? 1 : 0;
  }
  return spaceUnits[code] === 1;
}
