/**
 * One colour per node kind and per stance, shared by the renderer, the legend and the exports.
 * Kinds use Paul Tol's colour-blind-safe "muted" scheme; no entity kind is grey, so grey only
 * ever means "dimmed" (and the legend says so). Stances pair a hue family with lightness so
 * that neighbours (concern/urge, oppose/condemn) differ for every common colour-vision type.
 */

import type { NodeKind } from '../../contract/api';
import type { Stance } from '../../contract/vocabulary';

export const KIND_COLORS: Record<NodeKind, string> = {
  Country: '#cc6677',
  Official: '#ddcc77',
  Organization: '#117733',
  Program: '#332288',
  Region: '#88ccee',
  Topic: '#aa4499',
  Instrument: '#44aa99',
  Event: '#999933',
  Commitment: '#882255',
};

/** Colour of a kind, or a neutral one for labels the console may bring (Sentence, Document…). */
export function kindColor(kind: string): string {
  return (KIND_COLORS as Record<string, string>)[kind] ?? '#6f7a84';
}

// Cool for support (blues/greens), purple for asks, amber-to-brown for worry and opposition.
export const STANCE_COLORS: Record<Stance, string> = {
  commit: '#0072b2',
  reaffirm: '#56b4e9',
  support: '#009e73',
  welcome: '#4daf4a',
  encourage: '#7fbf7b',
  recognize: '#2b8cbe',
  call: '#984ea3',
  urge: '#cc79a7',
  concern: '#e69f00',
  oppose: '#d55e00',
  condemn: '#67001f',
  other: '#8c8c8c',
};

/** Text colour readable on a background colour (WCAG relative luminance). */
export function inkOn(background: string): string {
  const hex = background.replace('#', '');
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return luminance > 0.3 ? '#1d232a' : '#ffffff';
}

const DIM_NODE = '#e4e7ea';

/** A colour faded toward white: dimmed nodes keep a trace of their type's hue. */
export function fade(colour: string, keep = 0.22): string {
  if (!/^#[0-9a-f]{6}$/i.test(colour)) return DIM_NODE;
  const mix = (i: number) =>
    Math.round(255 - (255 - Number.parseInt(colour.slice(i, i + 2), 16)) * keep)
      .toString(16)
      .padStart(2, '0');
  return `#${mix(1)}${mix(3)}${mix(5)}`;
}
export const DIM_LABEL = '#7b858f';
export const DIM_EDGE = '#f0f1f3';
export const EDGE_COLOR = '#b9c0c7';
/** Implicit links (through a heading, never named in the sentence) are drawn lighter and dashed. */
export const IMPLICIT_ALPHA = '80';
export const SELECTED_RING = '#1d232a';
