import type { Entry, FrontMatterBlock, JournalSyntax, Span, StrayLine, Suppression } from './ast';
import { parseHeader } from './header';
import { scanBodyLine, SigilFinder } from './body';
import { computeLineStarts, lineContentEnd, lineOfOffset } from './text';
import { parseSuppression } from './suppression';
import { NO_SPANS, SourceToken, TextSource } from './tokens';

/**
 * Parses a journal in one pass over its lines. Never throws: every line becomes part of
 * the front matter, a heading, a comment, an entry, or a stray line that validation reports.
 */
export function parseJournal(text: string): JournalSyntax {
  const { head, bodyLine } = parseHead(text);
  const blocks = parseLines(head, bodyLine, head.lineStarts.length);
  return { ...head, ...blocks };
}

/** A journal's tree before its body is parsed: its lines and front matter, with no blocks yet. */
export type JournalHead = Omit<JournalSyntax, keyof Blocks>;

/** The line starts and front matter of a journal, and the line its body starts on. */
export function parseHead(text: string): { head: JournalHead; bodyLine: number } {
  const lineStarts = computeLineStarts(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const frontMatter = findFrontMatter(text, lineStarts, bom);
  return { head: { text, source: new TextSource(text), lineStarts, bom, frontMatter: frontMatter?.block }, bodyLine: frontMatter?.nextLine ?? 0 };
}

/** The text being parsed, its line starts and the source its tokens read from. */
export interface ParseInput {
  text: string;
  lineStarts: readonly number[];
  source: TextSource;
  bom: number;
}

/** What the lines of a journal's body parse into. */
export type Blocks = Pick<JournalSyntax, 'headings' | 'comments' | 'entries' | 'strays'>;

/** The first body line: the line after the front matter, or the first line. */
export function bodyStartLine(syntax: JournalSyntax): number {
  if (!syntax.frontMatter) return 0;
  return lineOfOffset(syntax.lineStarts, syntax.frontMatter.closed ? syntax.frontMatter.end : syntax.frontMatter.content.end) + (syntax.frontMatter.closed ? 1 : 0);
}

/** Everything the line loop needs to know about the entry being read. */
interface OpenEntry {
  entry: Entry;
  /** Still reading `key: value` lines (no prose yet). */
  inFields: boolean;
  sawBlank: boolean;
  /** The document's sigil finder, shared by every entry of one parse. */
  sigils: SigilFinder;
  source: TextSource;
}

/**
 * Parses the lines `firstLine` up to (not including) `endLine` as journal body, starting with
 * no entry open: the caller starts at the top of the body or at an entry's header line.
 */
export function parseLines(input: ParseInput, firstLine: number, endLine: number): Blocks {
  const parser = new LineParser(input);
  parser.parse(firstLine, endLine);
  return parser.blocks;
}

/**
 * Parses a journal's body in consecutive runs of lines, as if in one: an entry open at the end
 * of one run goes on in the next, and suppression comments wait for their entry. The blocks
 * found are appended to `blocks`, which the caller may empty of entries it has finished with.
 */
export class LineParser {
  readonly blocks: Blocks = { headings: [], comments: [], entries: [], strays: [] };
  /** The entry whose lines are being read; it may go on in the next run. */
  private open: OpenEntry | undefined;
  /** Suppression comments read since the last entry, for the next one. */
  private pending: Suppression[] = [];
  private readonly sigils: SigilFinder;

  constructor(private readonly input: ParseInput) {
    this.sigils = new SigilFinder(input.text);
  }

  /** True while the last entry parsed may still get lines from the next run. */
  get entryOpen(): boolean {
    return this.open !== undefined;
  }

  /** Parses the lines `firstLine` up to (not including) `endLine`, which follow the last run's. */
  parse(firstLine: number, endLine: number): void {
    const { input, sigils, blocks } = this;
    const { text, lineStarts, source } = input;
    // Locals, not fields, in the loop: it runs once per line of the journal.
    let open = this.open;
    let pending = this.pending;
    for (let line = firstLine; line < endLine; line++) {
      const start = line === 0 ? input.bom : lineStarts[line]!;
      const next = line + 1 < lineStarts.length ? lineStarts[line + 1]! : text.length;
      const end = lineContentEnd(text, start, next);
      const first = firstNonBlank(text, start, end);
      if (first === end) {
        if (open) open.sawBlank = true;
        continue;
      }
      const code = text.charCodeAt(first);
      if (code === 59 /* ; */) {
        blocks.comments.push({ start: first, end });
        const suppression = parseSuppression(text, first, end);
        if (suppression) pending.push(suppression);
        if (first === start) open = undefined;
        continue;
      }
      if (first !== start) {
        if (open) scanBodyLine(text, open, first, end, start, next);
        else blocks.strays.push(token(source, first, end));
        continue;
      }
      if (code >= 48 && code <= 57) {
        const entry = parseHeader(text, source, start, end, line);
        if (pending.length > 0) {
          entry.suppressions = pending;
          pending = [];
        }
        blocks.entries.push(entry);
        open = { entry, inFields: true, sawBlank: false, sigils, source };
        continue;
      }
      if (code === 35 /* # */ && isHeading(text, start, end)) {
        blocks.headings.push(heading(text, source, start, end));
        open = undefined;
        continue;
      }
      if (open) continueUnindented(text, open, start, end);
      else blocks.strays.push(token(source, start, end));
    }
    this.open = open;
    this.pending = pending;
  }
}

/** A column-0 line of prose inside an entry: kept in the entry so its words are not lost. */
function continueUnindented(text: string, open: OpenEntry, start: number, end: number): void {
  const { entry } = open;
  if (entry.unindented === NO_SPANS) entry.unindented = [];
  entry.unindented.push({ start, end });
  open.inFields = false;
  scanBodyLine(text, open, start, end, start, end, true);
}

export type { OpenEntry };

function firstNonBlank(text: string, start: number, end: number): number {
  let index = start;
  while (index < end) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9) break;
    index++;
  }
  return index;
}

function token(source: TextSource, start: number, end: number): StrayLine {
  return new SourceToken(source, start, end);
}

function isHeading(text: string, start: number, end: number): boolean {
  let index = start;
  while (index < end && index - start < 7 && text.charCodeAt(index) === 35) index++;
  const level = index - start;
  if (level > 6) return false;
  const after = text.charCodeAt(index);
  return index === end || after === 32 || after === 9;
}

function heading(text: string, source: TextSource, start: number, end: number): JournalSyntax['headings'][number] {
  let index = start;
  while (text.charCodeAt(index) === 35) index++;
  const level = index - start;
  const titleStart = firstNonBlank(text, index, end);
  let titleEnd = end;
  while (titleEnd > titleStart && (text.charCodeAt(titleEnd - 1) === 32 || text.charCodeAt(titleEnd - 1) === 9)) titleEnd--;
  return { start, end, level, text: token(source, titleStart, titleEnd) };
}

/** True when the line is a fence: `---` (or `...` to close), with nothing but trailing blanks. */
function isFence(text: string, start: number, end: number, closing: boolean): boolean {
  const marker = text.slice(start, start + 3);
  if (marker !== '---' && !(closing && marker === '...')) return false;
  return firstNonBlank(text, start + 3, end) === end;
}

function findFrontMatter(
  text: string,
  lineStarts: readonly number[],
  bom: number,
): { block: FrontMatterBlock; nextLine: number } | undefined {
  const firstEnd = lineContentEnd(text, bom, lineStarts[1] ?? text.length);
  if (!isFence(text, bom, firstEnd, false)) return undefined;
  const contentStart = lineStarts[1] ?? text.length;
  // Without a closing fence, the block stops where the journal visibly begins: the first entry,
  // or failing that the first heading (a `# …` line before the fence is a YAML comment).
  let firstHeading: number | undefined;
  for (let line = 1; line < lineStarts.length; line++) {
    const start = lineStarts[line]!;
    const end = lineContentEnd(text, start, lineStarts[line + 1] ?? text.length);
    if (isFence(text, start, end, true)) {
      const content: Span = { start: contentStart, end: start };
      return { block: { start: bom, end, content, closed: true }, nextLine: line + 1 };
    }
    const code = text.charCodeAt(start);
    if (code >= 48 && code <= 57) return unclosed(text, bom, firstEnd, contentStart, start, line);
    if (code === 35 && firstHeading === undefined && isHeading(text, start, end)) firstHeading = line;
  }
  if (firstHeading !== undefined) return unclosed(text, bom, firstEnd, contentStart, lineStarts[firstHeading]!, firstHeading);
  return unclosed(text, bom, firstEnd, contentStart, text.length, lineStarts.length);
}

function unclosed(
  text: string,
  bom: number,
  firstEnd: number,
  contentStart: number,
  contentEnd: number,
  nextLine: number,
): { block: FrontMatterBlock; nextLine: number } {
  const start = Math.min(contentStart, contentEnd);
  let end = contentEnd;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  const blockEnd = Math.max(firstEnd, end);
  return { block: { start: bom, end: blockEnd, content: { start, end: contentEnd }, closed: false }, nextLine };
}
