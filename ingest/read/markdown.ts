/**
 * Markdown statements, as the White House archive stores them: YAML front matter, then pandoc
 * Markdown hard-wrapped at ~72 columns. The `marked` lexer does the Markdown (paragraphs, lists,
 * emphasis, links, backslash escapes, hard breaks); this file only turns its tokens into the
 * shape the segmenter expects: one paragraph per block, lines unwrapped, headings on their own,
 * markup and inline HTML (`<sup>`, `<u>`) dropped, the words kept.
 */
import { Lexer, type Token } from 'marked';
import { LIST_EDGE } from '../normalise';
import type { SourceDocument } from '../types';
import { glyphsToMarkdownList } from './bullets';
import { splitFrontMatter } from './frontMatter';
import { BREAK, textOf, unwrap, words } from './markdownInline';
import { leadIn, listLabel, plainLeadIn } from './markdownLeadIns';
import { parseTextDocument } from './text';

type Meta = Pick<SourceDocument, 'title' | 'date' | 'source' | 'place'>;

/**
 * A list item's edge, in `blocks`' output until `joinParagraphs` writes it as normalise's
 * LIST_EDGE: "… innovation; and" / "engaging …" or "… technologies," / "advancing …" are two
 * bullets, never one sentence a page break cut (gold 2023-06-08 x5, 2024-03-18 x4), so the
 * normaliser must not join them as it joins the paragraphs of a plain text. A bold lead-in and
 * the sentence after it are apart in the same way ("Pandemic preparedness" / "exploring …").
 */
const ITEM_EDGE = Symbol('list item edge');
type Block = string | typeof ITEM_EDGE;

/** A paragraph's or item's words as paragraphs, its lead-in or label set apart. */
function blockParts(tokens: readonly Token[], inList: boolean): Block[] {
  const lead = leadIn(tokens, inList) ?? (inList ? plainLeadIn(tokens) : undefined);
  const labelled = lead || !inList ? undefined : listLabel(tokens);
  return lead
    ? [lead.heading, ITEM_EDGE, ...unwrap(lead.rest)]
    : (labelled ?? unwrap(words(tokens)));
}

/**
 * A block cut at each hard break after which a bold lead-in opens a line: "… join us.⏎ ⏎
 * **Trade:** We seek … economy.⏎**Supply Chains:** We are committed …" is one Markdown
 * paragraph when the page's blank lines hold a no-break space (gold 2022-05-23 x4), but each
 * lead-in heads its own paragraph as it does after a blank line (CONVENTIONS §2).
 */
function atLeadIns(tokens: readonly Token[], inList: boolean): (readonly Token[])[] {
  const lines: (readonly Token[])[] = [];
  let from = 0;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1]!.type !== 'br') continue;
    // A bold line alone ("**Speakers:**" over one name a line) is the next lines' lead-in.
    const rest = leadIn(tokens.slice(i), inList)?.rest;
    if (rest === undefined || /^\s*\n\s*\n/.test(rest)) continue;
    lines.push(tokens.slice(from, i - 1));
    from = i;
  }
  lines.push(tokens.slice(from));
  return lines;
}

function blocks(tokens: readonly Token[], out: Block[], inList = false): Block[] {
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
      case 'hr':
      case 'def':
      case 'html': // block-level HTML: comments, stray tags
        break;
      case 'heading':
      case 'paragraph':
      case 'text': {
        const tokens = token.tokens ?? [{ type: 'text', raw: token.text, text: token.text }];
        for (const line of atLeadIns(tokens, inList)) out.push(...blockParts(line, inList));
        break;
      }
      case 'code':
        out.push(...unwrap(token.text ?? ''));
        break;
      case 'list':
        // Before each item only: the paragraph after a list may still finish its last item's
        // sentence ("… (PGII)" / "as outlined in the reference documents …", G7 2023).
        for (const item of token.items ?? []) {
          out.push(ITEM_EDGE);
          blocks(item.tokens ?? [], out, true);
        }
        break;
      case 'blockquote':
        blocks(token.tokens ?? [], out);
        break;
      case 'table':
        for (const row of [token.header, ...(token.rows ?? [])])
          out.push(
            ...unwrap(row.map((cell: { tokens: Token[] }) => words(cell.tokens)).join(' · ')),
          );
        break;
      default:
        if ('tokens' in token && token.tokens) blocks(token.tokens, out);
        else out.push(...unwrap(textOf(token)));
    }
  }
  return out;
}

/** Markdown body → plain paragraphs separated by one blank line. */
export function markdownToText(markdown: string): string {
  // Pandoc writes a no-break space as "\ ", which CommonMark would leave as a backslash.
  // "**EMPHASIZING **the importance": a space inside the closing mark leaves the emphasis
  // unparsed and its asterisks in the sentence; the writer meant "**EMPHASIZING** the".
  const source = glyphsToMarkdownList(markdown)
    .replace(/\\ /g, '\u00A0')
    // "economy.   ⏎**   ⏎Supply Chains:** We are …": a bold run opened on a line of its own, its
    // label on the next, is the label in bold on its own line (gold 2022-05-23).
    .replace(/^\*\*[ \u00A0]*\n(?=[^*\n]+\*\*)/gm, '**')
    .replace(/(?<=^|[\s(])\*\*(?=\S)([^*\n]*\S)[ \u00A0]+\*\*(?=[^\s*])/gm, '**$1** ')
    // "surveillance**.** Building on …", "energy security*.*", "innovation**, **and": a bold or
    // italic punctuation mark (its space inside the marks too)
    // after a word is no emphasis to CommonMark, and its asterisks would hide the sentence's end.
    .replace(/(\*\*?)([.,;:!?])( ?)\1(?!\*)/g, '$2$3')
    // "**Reaffirming our support for ASEAN: ** We support …": the same with a space after, too.
    .replace(/(?<=^|[\s(])\*\*(?=\S)([^*]*?\S:)[ \u00A0]+\*\*(?=[ \u00A0])/gm, '**$1**')
    // "**Commitment to Consult:\u00A0**The Leaders …": the same with the sentence glued to the
    // closing mark (or on the next line): a bullet heading too, set apart by leadIn.
    .replace(
      /(?<=^|[\s(])\*\*(?=\S)([^*]*?\S:)[ \u00A0]+\*\*(?=[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ“"]|\n)/gm,
      '**$1** ',
    )
    // "Labor: ** **Ecuador has committed …": an empty bold pair after a space marks no words.
    .replace(/(?<=\s)\*\*[ \u00A0]+\*\*(?=[^\s*])/g, '')
    // "**1 WE,** the Member States …", "**2** **APPRECIATING** …": a declaration's bold paragraph
    // number is its label, as a list item's is, not a word of its sentence (its preamble
    // participle and its subject paragraph are read at the paragraph's start). Only before "WE"
    // or a head in capitals ending -ING or -ED: "**6 ABC (Philadelphia)**" keeps its number.
    .replace(
      /^\*\*\d{1,3}(?:\*\*[ \u00A0]+\*\*|[ \u00A0]+)(?=(?:(?:FURTHER|ALSO) )?(?:WE|[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ]{2,}(?:ING|ED))(?![\wÀ-ÖØ-öø-ɏḀ-ỿ]))/gm,
      '**',
    );
  return joinParagraphs(blocks(new Lexer({ gfm: true }).lex(source), []));
}

/** Paragraphs joined by BREAK, or by LIST_EDGE where a list item begins between them. */
function joinParagraphs(out: readonly Block[]): string {
  let text = '';
  let edge = false;
  for (const block of out) {
    if (block === ITEM_EDGE) edge = text !== '';
    else {
      text += text === '' ? block : `${edge ? LIST_EDGE : BREAK}${block}`;
      edge = false;
    }
  }
  return text;
}

export function parseMarkdownDocument(path: string, raw: string): { meta: Meta; body: string } {
  // Without front matter, a Markdown file may still open with a Title:/Date: header.
  const parsed = splitFrontMatter(path, raw) ?? parseTextDocument(raw);
  return { meta: parsed.meta, body: markdownToText(parsed.body) };
}
