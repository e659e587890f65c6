/**
 * Shared pieces of the robustness tests: fuzz budgets, the hang detector, range checks, the
 * example workspace, and running every core feature over one text.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { LanguageService } from '../../../server/src/language/service';
import type { Range } from '../../../server/src/language/syntax/text';
import { NEVER_CANCELLED } from '../../../server/src/language/util/cancellation';
import { JOURNAL_URI } from '../../support/journal';

/** Cases per property: bounded in `npm test`, far more under `npm run fuzz`. */
export const RUNS = Number(process.env.PRACTICE_FUZZ_RUNS ?? 300);

/** A smaller budget for properties whose cases are expensive (a server round trip, a temp folder). */
export function fewerRuns(divisor: number, floor = 10): number {
  return Math.max(floor, Math.floor(RUNS / divisor));
}

/**
 * The time any core operation may take on `text` before it counts as a hang: two seconds per
 * megabyte of UTF-8, plus one second for a slow machine's warm-up. A detector, not a goal.
 */
export function hangLimitMs(text: string): number {
  return 1000 + 2000 * (Buffer.byteLength(text, 'utf8') / 1_000_000);
}

/** Runs `work`, fails when it took longer than the hang limit for `text`, and returns its result. */
export function withinHangLimit<T>(text: string, what: string, work: () => T): T {
  const started = performance.now();
  const result = work();
  const elapsed = performance.now() - started;
  assert.ok(elapsed < hangLimitMs(text), `${what} took ${elapsed.toFixed(0)} ms on ${text.length} characters`);
  return result;
}

/** The last text split into lines, so checking many ranges of one text splits it once. */
let split: { text: string; lines: string[] } = { text: '', lines: [''] };

function linesOf(text: string): string[] {
  if (split.text !== text) split = { text, lines: text.split('\n') };
  return split.lines;
}

/** Asserts that an LSP range lies inside `text` (lines split on `\n`, as the core counts them). */
export function assertRangeInside(text: string, range: Range, what = 'range'): void {
  const lines = linesOf(text);
  for (const position of [range.start, range.end]) {
    assert.ok(position.line >= 0 && position.line < lines.length, `${what}: line out of range: ${JSON.stringify(range)}`);
    const length = lines[position.line]!.length;
    assert.ok(position.character >= 0 && position.character <= length, `${what}: character out of range: ${JSON.stringify(range)}`);
  }
  const { start, end } = range;
  assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${what}: ends before it starts: ${JSON.stringify(range)}`);
}

/** Asserts that every diagnostic of a file lies inside its text, by offsets and by range, and has a message. */
export function assertDiagnosticsInside(service: LanguageService, uri: string, text: string): void {
  for (const diagnostic of service.getDiagnostics(uri)) {
    assert.ok(0 <= diagnostic.start && diagnostic.start <= diagnostic.end && diagnostic.end <= text.length, `offsets out of range: ${JSON.stringify(diagnostic)}`);
    assertRangeInside(text, diagnostic.range, diagnostic.rule);
    assert.ok(diagnostic.message.length > 0, `${diagnostic.rule} has no message`);
  }
}

/**
 * Every document-wide feature of a journal the service holds, then "fix all": nothing throws,
 * everything ends within the hang limit and every range lies in the document.
 */
export function exerciseJournal(service: LanguageService, text: string, uri = JOURNAL_URI): void {
  withinHangLimit(text, 'diagnostics, features and fix-all', () => {
    assertDiagnosticsInside(service, uri, text);
    const features = service.features;
    for (const edit of features.formatting(uri, undefined, NEVER_CANCELLED)) assertRangeInside(text, edit.range, 'formatting');
    for (const symbol of features.documentSymbols(uri, NEVER_CANCELLED)) assertRangeInside(text, symbol.range, 'symbol');
    for (const range of features.foldingRanges(uri, NEVER_CANCELLED)) assert.ok(range.startLine <= range.endLine && range.endLine < linesOf(text).length);
    assert.equal(features.semanticTokens(uri, undefined, NEVER_CANCELLED).data.length % 5, 0);
    for (const link of features.documentLinks(uri)) assertRangeInside(text, link.range, 'link');
    service.getModel();
    const middle = { line: Math.floor(linesOf(text).length / 2), character: 3 };
    const hover = features.hover(uri, middle);
    if (hover) assertRangeInside(text, hover.range, 'hover');
    for (const item of features.completion(uri, middle, NEVER_CANCELLED)?.items ?? []) assertRangeInside(text, item.textEdit.range, 'completion');
    service.fixAll(uri);
  });
}

/** The repository root, whether the tests run from their sources or from out/. */
export function repositoryRoot(): string {
  let directory = __dirname;
  while (!existsSync(join(directory, 'package.json'))) directory = resolve(directory, '..');
  return directory;
}

/** A file of the example workspace: its path below `examples/` and its text. */
export interface ExampleFile {
  path: string;
  text: string;
}

function filesBelow(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? filesBelow(path) : [path];
  });
}

/** The example journals (`examples/**\/*.practice`) and the example landscape. */
export function examples(): { journals: ExampleFile[]; landscape: string } {
  const root = join(repositoryRoot(), 'examples');
  const journals = filesBelow(root)
    .filter((path) => path.endsWith('.practice'))
    .sort()
    .map((path) => ({ path: relative(root, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }));
  return { journals, landscape: readFileSync(join(root, 'landscape.yaml'), 'utf8') };
}

/**
 * The words of the writer's own text in a journal, as a sorted list (a multiset): runs of
 * letters and digits in entry titles and reflection prose (indented or not), with references
 * (`+community`, `@person`, `#tag`) cut out, since a fix or a rename may rightly change those.
 */
export function writersWords(syntax: {
  text: string;
  entries: readonly {
    title?: { start: number; end: number } | undefined;
    reflection: { start: number; end: number } | undefined;
    unindented: readonly { start: number; end: number }[];
    references: readonly { start: number; end: number }[];
  }[];
}): string[] {
  const words: string[] = [];
  for (const entry of syntax.entries) {
    const spans = [...(entry.title ? [entry.title] : []), ...(entry.reflection ? [entry.reflection] : []), ...entry.unindented];
    for (const span of mergeSpans(spans)) {
      let text = syntax.text.slice(span.start, span.end);
      for (const reference of entry.references) {
        if (reference.start < span.start || reference.end > span.end) continue;
        const from = reference.start - span.start;
        text = text.slice(0, from) + ' '.repeat(reference.end - reference.start) + text.slice(reference.end - span.start);
      }
      words.push(...(text.match(/[\p{L}\p{N}]+/gu) ?? []));
    }
  }
  return words.sort();
}

/**
 * Every word of a journal (runs of letters and digits), wherever it stands, with references cut
 * out: a fix may move a writer's word into another role (indenting a line under a header can
 * make it a field) but must never remove it.
 */
export function documentWords(syntax: { text: string; entries: readonly { references: readonly { start: number; end: number }[] }[] }): string[] {
  const parts: string[] = [];
  let cursor = 0;
  for (const entry of syntax.entries) {
    for (const reference of entry.references) {
      parts.push(syntax.text.slice(cursor, reference.start), ' ');
      cursor = reference.end;
    }
  }
  parts.push(syntax.text.slice(cursor));
  return (parts.join('').match(/[\p{L}\p{N}]+/gu) ?? []).sort();
}

/** The words of `kept` that `within` lacks, counting repeats (multiset difference). */
export function missingWords(kept: readonly string[], within: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const word of within) counts.set(word, (counts.get(word) ?? 0) + 1);
  const missing: string[] = [];
  for (const word of kept) {
    const count = counts.get(word) ?? 0;
    if (count === 0) missing.push(word);
    else counts.set(word, count - 1);
  }
  return missing;
}

function mergeSpans(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}
