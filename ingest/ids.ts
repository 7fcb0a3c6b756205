/** Deterministic ids: the same thing in the same document gets the same id on every run. */

/** Lowercase ASCII slug: "Trilateral Coordinating Secretariat" → "trilateral-coordinating-secretariat". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9+]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/\+/g, 'plus');
}

export const docId = (basename: string) => `doc:${basename}`;
export const sentenceId = (basename: string, index: number) => `sentence:${basename}:${index}`;
export const commitmentId = (basename: string, sentenceIndex: number, k: number) =>
  `commitment:${basename}:${sentenceIndex}:${k}`;
