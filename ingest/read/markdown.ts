/**
 * Markdown statements, as the White House archive stores them: YAML front matter, then pandoc
 * Markdown hard-wrapped at ~72 columns. The `marked` lexer does the Markdown (paragraphs, lists,
 * emphasis, links, backslash escapes, hard breaks); this file only turns its tokens into the
 * shape the segmenter expects: one paragraph per block, lines unwrapped, headings on their own,
 * markup and inline HTML (`<sup>`, `<u>`) dropped, the words kept.
 */
import { Lexer, type Token } from 'marked';
import { FUNCTION_WORDS, LIST_EDGE } from '../normalise';
import type { SourceDocument } from '../types';
import { glyphsToMarkdownList } from './bullets';
import { splitFrontMatter } from './frontMatter';
import { dropStrayEmphasis, protectLiteral, restoreEscaped } from './strayEmphasis';
import { parseTextDocument } from './text';

type Meta = Pick<SourceDocument, 'title' | 'date' | 'source' | 'place'>;

/** Paragraph break: a hard line break ("  " or "\" at a line end) separates paragraphs here. */
const BREAK = '\n\n';

/**
 * A list item's edge, in `blocks`' output until `joinParagraphs` writes it as normalise's
 * LIST_EDGE: "… innovation; and" / "engaging …" or "… technologies," / "advancing …" are two
 * bullets, never one sentence a page break cut (gold 2023-06-08 x5, 2024-03-18 x4), so the
 * normaliser must not join them as it joins the paragraphs of a plain text. A bold lead-in and
 * the sentence after it are apart in the same way ("Pandemic preparedness" / "exploring …").
 */
const ITEM_EDGE = Symbol('list item edge');
type Block = string | typeof ITEM_EDGE;

/** The token's own text, for the token kinds that have one. */
const textOf = (token: Token): string =>
  'text' in token && typeof token.text === 'string' ? token.text : '';

function inline(tokens: readonly Token[] | undefined): string {
  let out = '';
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'br':
        out += BREAK;
        break;
      case 'html':
        break; // inline tags (<sup>, <u>, <span>) carry no words; their content is a text token
      case 'image':
        break;
      case 'escape':
      case 'codespan':
        out += protectLiteral(token.text ?? ''); // "\\*" is an asterisk of the text, never markup
        break;
      default:
        out += 'tokens' in token && token.tokens ? inline(token.tokens) : textOf(token);
    }
  }
  return out;
}

/** The words of inline tokens: their text, without the emphasis marks `marked` left in it. */
const words = (tokens: readonly Token[] | undefined): string =>
  restoreEscaped(dropStrayEmphasis(inline(tokens), BREAK));

/** The release's end mark, when written on the last line of text ("… bilateral ties. ###"). */
const TRAILING_END_MARK = /^(.*\S)\s+(#{3})$/s;

/** Hard-wrapped lines of one block → one line; a hard break still splits it into paragraphs. */
function unwrap(text: string): string[] {
  return text
    .split(BREAK)
    .map((part) =>
      part
        .replace(/[ \t]*\n[ \t]*/g, ' ')
        .replace(/ {2,}/g, ' ')
        .trim(),
    )
    .filter((part) => part !== '')
    .flatMap((part) => {
      // The end mark stays a paragraph of its own, as when it has its own line, never a word of
      // the last sentence.
      const mark = TRAILING_END_MARK.exec(part);
      return mark ? [mark[1]!, mark[2]!] : [part];
    });
}

/**
 * "**Expanding our Diplomatic Presence**: We opened …": a bold lead-in ending in a colon, before a
 * sentence of its own, is the bullet's heading (data/gold/README.md, session 11), never the
 * opening words of that sentence. ("**We are taking concrete steps to:** strengthen …" runs on
 * in lowercase: its lead-in is the sentence's subject and stays.)
 */
function leadIn(
  tokens: readonly Token[],
  inList: boolean,
): { heading: string; rest: string } | undefined {
  const first = tokens[0];
  if (tokens.length < 2 || first?.type !== 'strong') return undefined;
  const bold = words([first]).replace(/\s+/g, ' ').trim();
  const rest = words(tokens.slice(1));
  if (!(bold.endsWith(':') || /^\s*:/.test(rest))) return undefined;
  const heading = bold.replace(/\s*:$/, '');
  if (
    !LEAD_IN_FOLLOWER.test(rest) &&
    !(inList && LIST_LABEL_FOLLOWER.test(rest) && isLabel(heading))
  )
    return undefined;
  return { heading, rest: rest.replace(/^\s*:/, '') };
}

/** What follows a heading lead-in: its colon, if outside the bold, then a capitalised sentence. */
const LEAD_IN_FOLLOWER = /^\s*:?[\s\u00A0]+[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ“"]/;

/**
 * "-   **Pandemic preparedness:** exploring cooperative tech R&D ventures …": in a bullet, a bold
 * label is its heading before a lowercase item too (CONVENTIONS §2: bold bullet lead-ins are
 * bullet headings, dropped from the sentence; gold 2022-07-13 x4, the items' sentences begin
 * lowercase). A bold clause that runs on ("**We are taking concrete steps to:** strengthen …")
 * ends in a word that needs the rest, so it is no label (isLabel), nor is a figure ("**33
 * years:** the amount of time …", helpers' sample: the figure is the item's datum).
 */
const LIST_LABEL_FOLLOWER = /^\s*:?[\s\u00A0]+[a-zß-öø-ɏḀ-ỿ]/;

/**
 * Words a label never ends in: a clause or phrase cut before its object — the closed-class words
 * after which normalise joins a paragraph to the next, and a clause's own open ends.
 */
const OPEN_ENDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, 'are', 'is', 'will', 'we']);

function isLabel(text: string): boolean {
  const last = /([A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+)[^A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]*$/.exec(text)?.[1]?.toLowerCase();
  // Words only: "**$160 billion:** how much …" is a figure and what it measures, one datum.
  return last !== undefined && !OPEN_ENDS.has(last) && /^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^.;!?\d$%]*$/.test(text);
}

/**
 * "-   Trade Facilitation:  Ecuador will continue …": a list item's plain label of capitalised
 * words (with "and", "of", "the", "for", "&" between) and a colon, before a capitalised sentence,
 * is the bullet's heading as a bold one is (data/gold/README.md, session 17 C: "Bold bullet
 * lead-ins … are bullet headings and are not part of any sentence"), its bold lost in the
 * archive's conversion. ("Ecuador has committed to …, for example:" has lowercase words: no label.)
 */
const PLAIN_LABEL =
  /^((?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]*)(?:[ \u00A0]+(?:[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][\wÀ-ÖØ-öø-ɏḀ-ỿ’'-]*|and|of|the|for|&)){0,4}):[\s\u00A0]+(?=[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ“"])/;

/** A list item's plain-text label lead-in (PLAIN_LABEL), as leadIn's heading and rest. */
function plainLeadIn(tokens: readonly Token[]): { heading: string; rest: string } | undefined {
  if (tokens[0]?.type !== 'text') return undefined;
  const text = words(tokens);
  const label = PLAIN_LABEL.exec(text);
  return label ? { heading: label[1]!, rest: text.slice(label[0].length) } : undefined;
}

/**
 * "•   Promote best practices to boost crop yields, agricultural production, and trade:  We intend
 * to work with farmers …": a list item's label in running words (not PLAIN_LABEL's capitalised
 * ones), ending in a colon before a capitalised sentence, is a lead-in of its own (CONVENTIONS §2:
 * "A lead-in ending in ':' is a sentence of its own"; gold 2022-06-13 x4, each label its own
 * sentence with its colon), never the opening words of the sentence after it. No full stop, ";",
 * "!" or "?" inside: a label is one clause. Outside lists ("Make no mistake: …", "To the people of
 * Burma: …") the colon stays inside the sentence (gold 2024-08-23, 2022-01-31).
 */
const LIST_LABEL = /^([A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][^.;:!?]{2,160}:)[\s\u00A0]+(?=[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ“"])/;

/** A list item split at its running-words label (LIST_LABEL): the label and the sentence after. */
function listLabel(tokens: readonly Token[]): string[] | undefined {
  if (tokens[0]?.type !== 'text') return undefined;
  const text = words(tokens);
  const label = LIST_LABEL.exec(text);
  return label ? [...unwrap(label[1]!), ...unwrap(text.slice(label[0].length))] : undefined;
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
        const lead = leadIn(tokens, inList) ?? (inList ? plainLeadIn(tokens) : undefined);
        const labelled = lead || !inList ? undefined : listLabel(tokens);
        const parts: Block[] = lead
          ? [lead.heading, ITEM_EDGE, ...unwrap(lead.rest)]
          : (labelled ?? unwrap(words(tokens)));
        out.push(...parts);
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
