/** CSV of the view's edges with their evidence (RFC 4180 quoting; pure). */
import type { DocumentRef, GraphNodeAttributes } from '../../contract/api';
import type { EvidenceEdge } from '../graph/evidenceEdges';

/** Quotes a field when it holds a quote, comma or line break; guards against spreadsheet formulas. */
export function csvField(raw: string): string {
  // Bidi controls would let a name display reversed ("\u202Egnp.exe"): made visible instead.
  const value = raw.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '\uFFFD');
  // A leading = + - @ (or their full-width forms, which spreadsheets fold to them) makes
  // spreadsheets evaluate the cell; a quote-prefixed apostrophe does not.
  const safe = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export const CSV_HEADER = [
  'source_id',
  'source',
  'relation',
  'stance',
  'trigger',
  'target_id',
  'target',
  'sentence',
  'document',
  'date',
  'link',
];

export function edgesCsv(
  edges: EvidenceEdge[],
  names: (id: string) => GraphNodeAttributes | undefined,
  documents: Map<string, DocumentRef>,
): string {
  const rows = edges.map((e) => {
    const doc = e.docId ? documents.get(e.docId) : undefined;
    return [
      e.source,
      names(e.source)?.name ?? e.source,
      e.relation,
      e.stance ?? '',
      e.trigger ?? '',
      e.target,
      names(e.target)?.name ?? e.target,
      e.sentence,
      doc?.title ?? e.docId ?? '',
      doc?.date ?? '',
      // "implicit": the target is never named in the sentence, only in its heading or paragraph.
      e.implicit ? 'implicit' : 'stated',
    ];
  });
  return toCsv([CSV_HEADER, ...rows]);
}
