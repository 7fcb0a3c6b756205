/** How positions and their changes read in the compare view and the timeline. */
import type { PositionRef } from '../../contract/positions';

/** "Japan + Republic of Korea + United States · commit · denuclearization" */
export function positionLabel(p: PositionRef, withAbout = true): string {
  const who = p.countries.map((c) => c.name).join(' + ') || 'unattributed';
  return withAbout ? `${who} · ${p.family} · ${p.about.name}` : `${who} · ${p.family}`;
}

export const MARK_LABELS = {
  first: 'first stated',
  restated: 'restated',
  last: 'last seen',
  only: 'stated once',
} as const;
