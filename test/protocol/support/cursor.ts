/** Cursor markers for tests: `<|>` in a text marks a position the test asks about. */
import type { Position } from 'vscode-languageserver-protocol/node';

export const CURSOR = '<|>';

/** The text without its markers, and each marker's position (in order). */
export function withCursors(marked: string): { text: string; positions: Position[] } {
  const positions: Position[] = [];
  let text = '';
  let rest = marked;
  for (let at = rest.indexOf(CURSOR); at !== -1; at = rest.indexOf(CURSOR)) {
    text += rest.slice(0, at);
    const lines = text.split('\n');
    positions.push({ line: lines.length - 1, character: lines[lines.length - 1]!.length });
    rest = rest.slice(at + CURSOR.length);
  }
  return { text: text + rest, positions };
}

/** The text without its one marker, and the marker's position. */
export function withCursor(marked: string): { text: string; position: Position } {
  const { text, positions } = withCursors(marked);
  if (positions.length !== 1) throw new Error(`Expected one ${CURSOR} marker, found ${positions.length}`);
  return { text, position: positions[0]! };
}
