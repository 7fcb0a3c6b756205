/**
 * One record per entity id, collecting every surface form seen as an alias. Names come from the
 * lexicon when it knows the entity, else from the first surface form (parenthetical acronyms
 * removed, so "… (CoRe) Partnership" is named "… Partnership").
 */
import type { Entity, EntityType } from '../../contract/extraction';
import type { Lexicon } from '../lexicon';
import { EDITION_NAMES } from '../rules/eventSeries';
import type { EntityDraft, EntityHit } from '../types';

export class EntityRegistry {
  private readonly drafts = new Map<string, EntityDraft>();

  constructor(private readonly lexicon: Lexicon) {}

  has(id: string): boolean {
    return this.drafts.has(id);
  }

  get(id: string): EntityDraft | undefined {
    return this.drafts.get(id);
  }

  ensure(id: string, type: EntityType, surface: string): EntityDraft {
    let draft = this.drafts.get(id);
    if (!draft) {
      const known = this.lexicon.entities.get(id);
      draft = {
        id,
        type: known?.type ?? type,
        // A gazetteer name is one transliteration of many ("Saint-Louis", "Al Fallūjah"): the
        // statement's own spelling names the place.
        name: known && !known.gazetteer ? known.name : canonicalName(surface),
        aliases: new Set(),
        ...(known?.attributes ? { attributes: { ...known.attributes } } : {}),
      };
      this.drafts.set(id, draft);
    }
    return draft;
  }

  addHit(hit: EntityHit): EntityDraft {
    const draft = this.ensure(hit.entityId, hit.type, hit.name ?? hit.text);
    draft.aliases.add(hit.text);
    return draft;
  }

  /** A surface form the recognisers read around a hit ("President Weah" around "Weah"). */
  addAlias(id: string, alias: string): void {
    this.drafts.get(id)?.aliases.add(alias);
  }

  setAttributes(id: string, attributes: Record<string, string>): void {
    const draft = this.drafts.get(id);
    // What the text says (a title as written) overrides what the lexicon remembers.
    if (draft) draft.attributes = { ...(draft.attributes ?? {}), ...attributes };
  }

  entities(): Entity[] {
    return [...this.drafts.values()].map((draft) => ({
      id: draft.id,
      type: draft.type,
      name: draft.name,
      aliases: [...draft.aliases],
      ...(draft.attributes ? { attributes: draft.attributes } : {}),
    }));
  }
}

/**
 * A dated name's date, "(March 2024)", "(June 9, 2024)", "(2024)": which occurrence of a recurring
 * event the name is (gold conventions), so it stays in the name, unlike an acronym.
 */
const NOT_A_DATE =
  /\s*\((?!(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]+ (?:\d{1,2}, )?)?(?:19|20)\d\d\))[^)]*\)/g;

/** Parenthetical acronyms are aliases, not part of the name; topic capitals are proper nouns. */
function canonicalName(surface: string): string {
  // A summit's edition named by its host city, "G20 Leaders’ Summit (Bali)" (event-series.json).
  if (EDITION_NAMES.has(surface)) return surface;
  const name = surface.replace(NOT_A_DATE, '').replace(/\s+/g, ' ').trim();
  return name;
}
