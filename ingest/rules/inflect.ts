/**
 * English verb inflection for the stance vocabulary: a lemma in data/rules/stances.json stands
 * for all its forms, so a domain expert writes "reiterate" once and "reiterates", "reiterated",
 * "reiterating" follow. Irregular verbs list their forms in the same file.
 */

export interface InflectOptions {
  /** Double the final consonant before -ed/-ing (commit → committed). */
  double?: boolean;
  /** Irregular forms, replacing the regular -s/-ed/-ing forms. */
  irregular?: readonly string[];
}

function regularForms(lemma: string, double: boolean): string[] {
  if (double) {
    const last = lemma.at(-1) ?? '';
    return [`${lemma}s`, `${lemma}${last}ed`, `${lemma}${last}ing`];
  }
  if (lemma.endsWith('ee')) return [`${lemma}s`, `${lemma}d`, `${lemma}ing`];
  if (/[^e]e$/.test(lemma)) return [`${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (/(?:s|sh|ch|x|z)$/.test(lemma)) return [`${lemma}es`, `${lemma}ed`, `${lemma}ing`];
  if (/[^aeiou]y$/.test(lemma)) {
    const stem = lemma.slice(0, -1);
    return [`${stem}ies`, `${stem}ied`, `${lemma}ing`];
  }
  return [`${lemma}s`, `${lemma}ed`, `${lemma}ing`];
}

/** Every form of `lemma`, lowercase, the lemma first; -ize verbs also in their -ise spelling. */
export function inflect(lemma: string, options: InflectOptions = {}): string[] {
  const base = lemma.toLowerCase();
  const forms = [base, ...(options.irregular ?? regularForms(base, options.double ?? false))];
  const british = base.endsWith('ize')
    ? forms.map((form) => form.replace(/iz(?=e|ing)/, 'is'))
    : [];
  return [...new Set([...forms, ...british])];
}

/** The re-prefixed forms of a verb: reconfirm, re-confirm, re-emphasize. */
export function rePrefixed(forms: readonly string[]): string[] {
  return forms.flatMap((form) => [`re${form}`, `re-${form}`]);
}
