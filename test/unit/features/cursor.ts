/**
 * Helpers for editor-feature tests: `<|>` in a text marks the cursor, so a test reads as the
 * journal the user sees. Also a landscape and a workspace index built from texts.
 */
import type { Landscape } from '../../../server/src/language/landscape/types';
import { loadLandscape } from '../../../server/src/language/landscape/load';
import type { JournalSyntax } from '../../../server/src/language/syntax/ast';
import { parseJournal } from '../../../server/src/language/syntax/parser';
import { offsetAt, positionAt, type Position, type Range } from '../../../server/src/language/syntax/text';
import { ReferenceIndex } from '../../../server/src/language/features/referenceIndex';
import { LANDSCAPE_URI } from '../../support/journal';

export const CURSOR = '<|>';

export interface AtCursor {
  /** The text without the marker. */
  text: string;
  syntax: JournalSyntax;
  offset: number;
  position: Position;
}

/** Parses a journal with one `<|>` marking the cursor. */
export function atCursor(marked: string): AtCursor {
  const offset = marked.indexOf(CURSOR);
  if (offset === -1 || marked.indexOf(CURSOR, offset + 1) !== -1) throw new Error('Mark exactly one cursor with <|>');
  const text = marked.slice(0, offset) + marked.slice(offset + CURSOR.length);
  const syntax = parseJournal(text);
  return { text, syntax, offset, position: positionAt(text, syntax.lineStarts, offset) };
}

/** The text a range covers. */
export function textIn(text: string, range: Range): string {
  const syntax = parseJournal(text);
  return text.slice(offsetAt(text, syntax.lineStarts, range.start), offsetAt(text, syntax.lineStarts, range.end));
}

/** The range of the `occurrence`-th (0-based) appearance of `needle` in `text`. */
export function rangeOfText(text: string, needle: string, occurrence = 0): Range {
  let start = -1;
  for (let index = 0; index <= occurrence; index++) {
    start = text.indexOf(needle, start + 1);
    if (start === -1) throw new Error(`'${needle}' occurs fewer than ${occurrence + 1} times`);
  }
  const lineStarts = parseJournal(text).lineStarts;
  return { start: positionAt(text, lineStarts, start), end: positionAt(text, lineStarts, start + needle.length) };
}

/** A landscape loaded from its YAML text. */
export function landscapeOf(text: string, uri = LANDSCAPE_URI): Landscape {
  return loadLandscape(uri, text);
}

/** An index over journals given by URI → text. */
export function indexOf(files: Record<string, string>): ReferenceIndex {
  return new ReferenceIndex(Object.entries(files).map(([uri, text]) => ({ uri, syntax: parseJournal(text) })));
}

/** The example landscape most feature tests use. */
export const LANDSCAPE = `communities:
  data-science:
    name: Data Science Guild
    domain: Making data trustworthy for clinicians
    parent: analytics
    stage: maturing
    members: { ana: core, maria: active }
  analytics:
    parent: org
  org: {}
  clinical-ops: { domain: Running the wards day to day }
people:
  maria: { name: Maria Lopez }
  ana: { name: Ana Silva }
  li: {}
boundary-objects:
  discharge-dashboard: { kind: artifact, name: discharge dashboard, communities: [data-science, clinical-ops] }
  huddle: { kind: process, name: morning huddle, communities: [clinical-ops] }
`;

/** The range of `key` where a YAML line declares it (`  key:` at the start of a line). */
export function keyRange(yaml: string, key: string): Range {
  const at = yaml.indexOf(`\n  ${key}:`);
  if (at === -1) throw new Error(`no key '${key}'`);
  const lineStarts = parseJournal(yaml).lineStarts;
  return { start: positionAt(yaml, lineStarts, at + 3), end: positionAt(yaml, lineStarts, at + 3 + key.length) };
}
