/**
 * "UN Security Council (UNSC) Resolutions" and a later "UNSC Resolutions": an acronym defined
 * inside a longer name stands for its expansion there too, so the short form with the acronym is
 * the same entity (the acronym alone is handled where it is defined, in definedAcronyms.ts).
 */
import type { EntityHit } from '../types';
import type { Candidate } from './matchLexicon';

/** "Long Name (ACR) Tail": the acronym and the words after it. */
const INNER_ACRONYM = /\((\p{Lu}[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9&-]{1,9})\) (.+)$/u;

export function mergeAcronymNames(hitsBySentence: Map<number, EntityHit[]>): void {
  const hits = [...hitsBySentence.values()].flat();
  const byShortForm = new Map<string, string>();
  for (const hit of hits) {
    if (hit.type === 'Country' || hit.type === 'Official' || hit.type === 'Topic') continue;
    const inner = INNER_ACRONYM.exec(hit.text);
    if (inner) byShortForm.set(`${hit.type}:${inner[1]} ${inner[2]}`, hit.entityId);
  }
  for (const hit of hits) {
    const long = byShortForm.get(`${hit.type}:${hit.text}`) ?? acronymWithHead(hits, hit);
    if (long) hit.entityId = long;
  }
}

const ACRONYM = /^\p{Lu}[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9&-]{1,9}$/u;

/**
 * "Treaty on the Southeast Asia Nuclear Weapon-Free Zone (SEANWFZ)" and a later "SEANWFZ Treaty":
 * an acronym followed by words of the name it stands for ("Treaty") is that name again. Words the
 * name lacks make another thing ("NCG Working Group" is no Nuclear Consultative Group).
 */
function acronymWithHead(hits: readonly EntityHit[], hit: EntityHit): string | undefined {
  const [acronym, ...tail] = hit.text.split(' ');
  if (!acronym || tail.length === 0 || tail.length > 2 || !ACRONYM.test(acronym)) return undefined;
  const owners = new Set(
    hits.filter((h) => h.text === acronym && h.type === hit.type).map((h) => h.entityId),
  );
  const [owner] = owners;
  if (owners.size !== 1 || owner === hit.entityId) return undefined;
  const names = hits.filter((h) => h.entityId === owner).map((h) => h.text.split(' '));
  return names.some((words) => tail.every((word) => words.includes(word))) ? owner : undefined;
}

/**
 * "UN Climate Conference (COP26)": a name no lexicon has, followed by the lexicon's own short
 * form of the same type in parentheses, is that lexicon entity (one entity, not two).
 */
export function adoptKnownShortForms(chosen: Candidate[], text: string): Candidate[] {
  return chosen.map((hit) => {
    if (hit.source === 'lexicon' || text.slice(hit.end, hit.end + 2) !== ' (') return hit;
    // "Article VI of the Treaty on the Non-Proliferation … (NPT)": the acronym is the treaty's,
    // the article stays a part of its own.
    if (hit.text.startsWith('Article ')) return hit;
    const known = chosen.find(
      (other) =>
        other.start === hit.end + 2 &&
        other.source === 'lexicon' &&
        other.type === hit.type &&
        text[other.end] === ')',
    );
    return known ? { ...hit, entityId: known.entityId } : hit;
  });
}
