/**
 * "Most members strongly condemn the aggression against Ukraine", "Some Leaders objected to the
 * inclusion of this language": a chair's statement quantifies where the forum's members did not
 * agree, so a quantified part of its members or leaders as subject is not the forum, which speaks
 * only for what all its members say. The part is an unnamed collective `Organization` acting for
 * itself, named by the quantifier, the forum and the text's noun ("most APEC members", "some APEC
 * Leaders"; without the quantifier the name would be the whole membership), its alias as written
 * (CONVENTIONS 7, s37 ruling; gold 2023-11-17: 5 commitments). The same phrase twice is one
 * collective (one id). An unquantified "Leaders" stays the whole forum.
 */
import { chairBody } from '../chairParties';
import type { Lexicon } from '../lexicon';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';
import { entityIdFor } from './candidateAt';
import { entityHit } from './hit';
import { insertHit, overlapsAny } from './placeHit';

/**
 * The quantified subject opening the sentence, or after a fronted adjunct's comma ("On Gaza, some
 * Leaders …"): group 1 the quantifier, group 2 the members' noun.
 */
const PART_SUBJECT =
  /^(?:\p{Lu}[^,;:]{0,80},\s+)?((?:[Mm]ost|[Ss]ome|[Mm]any|[Ss]everal|[Aa] few|[Aa] number of|[Aa] majority of)(?: the)?)\s+((?:[Mm]ember|[Ll]eader|[Ee]conom(?:y|ie)|[Mm]inister)s)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?!\s+of(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))/u;

/** Adds an Organization hit for each quantified part of the chair's forum (module comment). */
export function findForumParts(
  lexicon: Lexicon,
  title: string,
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
): void {
  const forumId = chairBody(lexicon, title);
  const forum = forumId ? lexicon.entities.get(forumId)?.name : undefined;
  if (!forum) return;
  for (const sentence of sentences) {
    const m = PART_SUBJECT.exec(sentence.text);
    if (!m) continue;
    const surfaceAt = m.index + m[0].length - m[1]!.length - 1 - m[2]!.length;
    const start = sentence.start + surfaceAt;
    const end = sentence.start + m.index + m[0].length;
    const hits = hitsBySentence.get(sentence.index) ?? [];
    if (overlapsAny(hits, start, end)) continue;
    const quantifier = m[1]!.toLowerCase().replace(/ the$/, '');
    const name = `${quantifier} ${forum} ${m[2]}`;
    const surface = sentence.text.slice(surfaceAt, m.index + m[0].length);
    insertHit(
      hits,
      entityHit(entityIdFor('Organization', name), 'Organization', start, end, surface, name),
    );
    hitsBySentence.set(sentence.index, hits);
  }
}
