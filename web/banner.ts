/**
 * A fixed alert across the top of the page (the database is down; an answer made no sense).
 * One per id: asking again returns the one already shown.
 */
import { el } from './dom';

export function showBanner(id: string, text: string, background = '#8a1c1c'): HTMLElement {
  const existing = document.getElementById(id);
  if (existing) {
    existing.textContent = text;
    return existing;
  }
  const banner = el('div', { text, attrs: { id, role: 'alert' } });
  // Set through the CSSOM: no stylesheet edit, and nothing the CSP's style rules block.
  Object.assign(banner.style, {
    position: 'fixed',
    top: '0',
    left: '0',
    right: '0',
    zIndex: '1000',
    padding: '6px 12px',
    background,
    color: '#fff',
    font: '14px system-ui, sans-serif',
    textAlign: 'center',
  });
  document.body.append(banner);
  return banner;
}
