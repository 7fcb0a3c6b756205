/** One colour per node kind, shared by the renderer and the legend. */
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
