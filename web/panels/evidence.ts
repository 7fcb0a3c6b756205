/** One evidence item: the sentence with the entity's words marked, its document and date. */
import type { Evidence } from '../../contract/api';
import { el, highlightedSentence } from '../dom';
import { STANCE_COLORS } from '../graph/palette';

export function evidenceItem(evidence: Evidence, extra: (Node | string)[] = []): HTMLElement {
  const source = el('div', { className: 'source' }, [
    evidence.stance
      ? el('span', {
          className: 'stance',
          text: evidence.trigger ?? evidence.stance,
          attrs: { style: `border-color:${STANCE_COLORS[evidence.stance]}` },
        })
      : null,
    evidence.implicit
      ? el('span', {
          className: 'badge implicit',
          text: 'implicit',
          title: 'Linked through the heading or paragraph, not named in this sentence',
        })
      : null,
    el('span', { className: 'doc-title', text: evidence.document.title }),
    evidence.document.date
      ? el('time', { text: evidence.document.date, attrs: { datetime: evidence.document.date } })
      : null,
  ]);
  return el('div', { className: `evidence${evidence.implicit ? ' is-implicit' : ''}` }, [
    highlightedSentence(evidence.sentence.text, evidence.sentence.highlights),
    source,
    ...extra,
  ]);
}

/** A clickable entity name that opens its panel. */
export function entityLink(
  entity: { id: string; name: string },
  open: (id: string) => void,
): HTMLElement {
  return el('button', {
    className: 'link',
    text: entity.name,
    attrs: { type: 'button', 'data-entity': entity.id },
    onClick: () => open(entity.id),
  });
}
