/** One colour per node kind and per stance, shared by the renderer and the legend. */
import type { Stance } from '../../ingest/contract';
import type { NodeKind } from '../../server/types';

export const KIND_COLORS: Record<NodeKind, string> = {
  Country: '#d1495b',
  Official: '#edae49',
  Organization: '#00798c',
  Program: '#30638e',
  Region: '#66a182',
  Topic: '#8d6cab',
  Instrument: '#a8763e',
  Event: '#e07a5f',
  Commitment: '#b8bec4',
};

/** Colour of a kind, or a neutral one for labels the console may bring (Sentence, Document…). */
export function kindColor(kind: string): string {
  return (KIND_COLORS as Record<string, string>)[kind] ?? '#7a8590';
}

// Warm for opposition and concern, cool for support, grey for the rest: readable at a glance.
export const STANCE_COLORS: Record<Stance, string> = {
  commit: '#1f77b4',
  reaffirm: '#4e9ad6',
  support: '#2ca02c',
  welcome: '#7cc576',
  encourage: '#98c379',
  recognize: '#17becf',
  call: '#9467bd',
  urge: '#e67e22',
  concern: '#f1a340',
  oppose: '#d62728',
  condemn: '#a50f15',
  other: '#9aa3ab',
};

export const DIM_NODE = '#e4e7ea';
export const DIM_EDGE = '#f0f1f3';
export const EDGE_COLOR = '#cfd4d9';
