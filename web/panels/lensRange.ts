/**
 * The lens's time filter: a date range, or a preset ("since the last trilateral statement") whose
 * document the server picks by its rule, and a line stating the range the answer used, so the
 * counts below are never read as the whole corpus's. The state lives in the URL (lensFrom,
 * lensTo, lensSince), so a reload restores it.
 */
import './lensRange.css';
import type { LensAnchor, LensRange } from '../../contract/api';
import { el } from '../dom';
import type { UrlField } from '../state/fields';

/** The lens's time filter: ISO dates (inclusive) or a preset of data/rules/lens-anchors.json. */
export interface LensRangeState {
  from: string | null;
  to: string | null;
  since: string | null;
}
export const NO_RANGE: LensRangeState = { from: null, to: null, since: null };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Preset ids are checked by the server against its list; here only their shape.
const ANCHOR_ID = /^[a-z][a-z0-9-]{0,40}$/;

/** The range in the URL as lensFrom / lensTo / lensSince; malformed values are dropped. */
export function lensRangeField(): UrlField<LensRangeState> {
  return {
    keys: ['lensFrom', 'lensTo', 'lensSince'],
    initial: () => ({ ...NO_RANGE }),
    write(range, q) {
      if (range.from) q.set('lensFrom', range.from);
      if (range.to) q.set('lensTo', range.to);
      if (range.since) q.set('lensSince', range.since);
    },
    read(q) {
      const matching = (key: string, pattern: RegExp) => {
        const value = q.get(key);
        return value && pattern.test(value) ? value : null;
      };
      const since = matching('lensSince', ANCHOR_ID);
      // A preset sets the start itself: with both, the preset wins (the server refuses the pair).
      return {
        from: since ? null : matching('lensFrom', ISO_DATE),
        to: matching('lensTo', ISO_DATE),
        since,
      };
    },
  };
}

/** What the lens shows, in words: the range of the answer, not of the inputs. */
function rangeStatement(range: LensRange): string {
  if (range.since) {
    const d = range.since.document;
    const end = range.to ? `, up to ${range.to}` : '';
    return `Commitments ${range.since.label}: ${d.title} (${d.date ?? 'undated'})${end}.`;
  }
  if (range.from && range.to)
    return `Commitments of statements dated ${range.from} to ${range.to}.`;
  if (range.from) return `Commitments of statements dated ${range.from} or later.`;
  if (range.to) return `Commitments of statements dated up to ${range.to}.`;
  return 'Commitments of all statements, whatever their date.';
}

const hasRange = (r: LensRangeState) => Boolean(r.from || r.to || r.since);

function dateInput(id: string, label: string, value: string | null): HTMLInputElement {
  const input = el('input', { attrs: { type: 'date', id, 'aria-label': label } });
  input.value = value ?? '';
  return input;
}

/**
 * The controls: from / to dates, the presets, and "all dates". `current` is the URL's range (what
 * was asked); `shown` the answer's (what was used). A backwards range is refused here, in words,
 * before any request.
 */
export function lensRangeControl(
  current: LensRangeState,
  shown: LensRange | null,
  anchors: LensAnchor[],
  setRange: (range: LensRangeState) => void,
): HTMLElement {
  const from = dateInput('lens-from', 'from date', current.from);
  const to = dateInput('lens-to', 'to date', current.to);
  const error = el('p', { className: 'error', attrs: { id: 'lens-range-error', role: 'alert' } });
  error.hidden = true;
  const preset = el('select', { attrs: { id: 'lens-since', 'aria-label': 'date preset' } }, [
    el('option', { text: 'or a preset…', attrs: { value: '' } }),
    ...anchors.map((a) => el('option', { text: a.label, attrs: { value: a.id } })),
  ]);
  preset.value = current.since ?? '';
  // A preset sets the start, so the from date shows the preset's document date but is not sent.
  if (current.since && shown?.since) from.value = shown.since.document.date ?? '';
  const apply = (next: LensRangeState) => {
    if (next.from && next.to && next.from > next.to) {
      error.textContent = `The start (${next.from}) is after the end (${next.to}): change one of them.`;
      error.hidden = false;
      return;
    }
    error.hidden = true;
    setRange(next);
  };
  from.addEventListener('change', () =>
    apply({ from: from.value || null, to: to.value || null, since: null }),
  );
  to.addEventListener('change', () =>
    apply({
      from: current.since ? null : from.value || null,
      to: to.value || null,
      since: current.since,
    }),
  );
  preset.addEventListener('change', () =>
    apply({ from: null, to: to.value || null, since: preset.value || null }),
  );
  const clear = el('button', {
    text: 'All dates',
    attrs: { type: 'button', id: 'lens-range-clear' },
    onClick: () => apply({ from: null, to: null, since: null }),
  });
  clear.disabled = !hasRange(current);
  return el('fieldset', { className: 'lens-range' }, [
    el('legend', { text: 'Statements dated' }),
    el('div', { className: 'lens-range-row' }, [
      el('label', {}, ['from ', from]),
      el('label', {}, ['to ', to]),
    ]),
    el('div', { className: 'lens-range-row' }, [preset, clear]),
    error,
    el('p', {
      className: 'muted',
      attrs: { id: 'lens-range', 'aria-live': 'polite' },
      text: shown ? rangeStatement(shown) : '',
    }),
  ]);
}
