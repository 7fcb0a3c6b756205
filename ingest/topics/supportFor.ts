/**
 * "President Biden affirmed unwavering U.S. support for Jordan", "reiterated their support for
 * Iraq": support a stance verb expresses for a named country is a subject of its own, named
 * "support for <country>", as the gold names it (in the gold, 22 of 25 such clauses with a bare
 * country after "support for/to" keep `support for X`: Jordan, Israel, Iraq, Colombia, Ukraine;
 * "support for ASEAN", for a body or for a country's own cause ("support for Ukraine’s
 * sovereignty") name other things and are left to the other rules). Without this, the support
 * frame takes "support for" and only the country is left, which is no topic.
 */
import { entityIdFor } from '../entities/candidateAt';
import { entityHit } from '../entities/hit';
import { insertHit, overlapsAny } from '../entities/placeHit';
import type { SegmentedSentence } from '../segment';
import type { EntityHit } from '../types';

/** A verb of expressing or affirming, then what may stand before "support" (owners, ratings). */
const SUPPORT = new RegExp(
  String.raw`(?<![\wÀ-ÖØ-öø-ɏḀ-ỿ])(?:express|affirm|reaffirm|confirm|reiterat|underscor|pledg|convey|offer|underlin|emphasi[sz]|stress|voic|extend|highlight)[\wÀ-ÖØ-öø-ɏḀ-ỿ]* ` +
    String.raw`(?:(?:our|their|his|her|its|the|continued|unwavering|strong|steadfast|full|firm|ongoing|enduring|robust|deep|U\.S\.|American|United States[’']) (?:and )?){0,4}` +
    '(support) (?:for|to) (?:the )?',
  'gu',
);

/** What may follow the country so that it is the whole object: no possessive, no noun after it. */
const OBJECT_END =
  /^(?:$|[.,;:)]| (?:and|as|in|amid|against|during|through|at|while|which|following|after|with|to|on)(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))/;

/** Adds a Topic hit "support for <country>" over each such clause (see the module comment). */
export function findSupportFor(
  sentences: readonly SegmentedSentence[],
  hitsBySentence: Map<number, EntityHit[]>,
): void {
  for (const sentence of sentences) {
    // Only a sentence with "support" can match (most have none).
    if (!sentence.text.includes('support')) continue;
    const hits = hitsBySentence.get(sentence.index) ?? [];
    SUPPORT.lastIndex = 0;
    for (let m = SUPPORT.exec(sentence.text); m; m = SUPPORT.exec(sentence.text)) {
      const objectAt = sentence.start + m.index + m[0].length;
      const country = hits.find((hit) => hit.start === objectAt && hit.type === 'Country');
      if (!country) continue;
      const rest = sentence.text.slice(country.end - sentence.start);
      if (!OBJECT_END.test(rest)) continue;
      // "support for the ROK and Japan": support for several countries is no one country's.
      const and = /^,? and (?:the )?/.exec(rest);
      if (
        and &&
        hits.some((hit) => hit.type === 'Country' && hit.start === country.end + and[0].length)
      )
        continue;
      const start = sentence.start + m.index + m[0].lastIndexOf('support');
      // Only a topic over the span keeps it: the country itself lies inside.
      if (overlapsAny(hits, start, country.end, (hit) => hit.type === 'Topic')) continue;
      const name = `support for ${country.text}`;
      const surface = sentence.text.slice(start - sentence.start, country.end - sentence.start);
      const id = entityIdFor('Topic', name);
      insertHit(hits, entityHit(id, 'Topic', start, country.end, surface, name));
    }
    hitsBySentence.set(sentence.index, hits);
  }
}
