/**
 * The app's one DOM helper (explorer, console, compare view alike). Building without HTML
 * parsing: every piece of data goes in through `textContent` or a text node, so a document (or a
 * database value) that contains markup is shown as that markup, never run.
 */
import type { Span } from '../contract/api';
import { splitHighlights } from './text/highlight';

type Child = Node | string | null | undefined | false;

export interface ElementProps {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
  title?: string;
  onClick?: (event: MouseEvent) => void;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.title) node.title = props.title;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  if (props.onClick) node.addEventListener('click', props.onClick as EventListener);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** A sentence with the given spans wrapped in <mark>, built from text nodes only. */
export function highlightedSentence(
  text: string,
  spans: Span[],
  className = 'sentence',
): HTMLElement {
  const block = el('q', { className });
  for (const part of splitHighlights(text, spans)) {
    block.append(
      part.marked ? el('mark', { text: part.text }) : document.createTextNode(part.text),
    );
  }
  return block;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The same for SVG (the timeline chart): attributes set, text through `textContent`. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function option(value: string, text: string): HTMLOptionElement {
  return el('option', { text, attrs: { value } });
}

/**
 * Re-renders `host` and puts the focus back on the equivalent control, so a keyboard user who
 * ticks a filter is not thrown back to the top of the page when the toolbar is redrawn.
 */
export function keepFocus(host: HTMLElement, render: () => void): void {
  const active = document.activeElement;
  let selector: string | null = null;
  if (active instanceof HTMLElement && host.contains(active)) {
    if (active.id) selector = `#${CSS.escape(active.id)}`;
    else if (active instanceof HTMLInputElement && active.name)
      selector = `input[name="${CSS.escape(active.name)}"][value="${CSS.escape(active.value)}"]`;
    else if (active.tagName === 'SUMMARY') selector = 'summary';
  }
  render();
  if (selector) host.querySelector<HTMLElement>(selector)?.focus();
}
