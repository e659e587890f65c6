/** Plain-text tables for a terminal, aligned by display width (wide characters take two columns). */

const COMBINING = /\p{M}/u;

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Columns the text takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code < 0x300) width += 1;
    else if (COMBINING.test(character)) continue;
    else width += isWide(code) ? 2 : 1;
  }
  return width;
}

export type Alignment = 'left' | 'right';

/**
 * Rows of cells as aligned lines: columns separated by two spaces, each as wide as its widest
 * cell, no trailing blanks. `align` gives each column's alignment (left by default).
 */
export function formatTable(rows: readonly (readonly string[])[], align: readonly Alignment[] = [], indent = ''): string[] {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) => Math.max(0, ...rows.map((row) => displayWidth(row[column] ?? ''))));
  return rows.map((row) => {
    const cells = widths.map((width, column) => {
      const cell = row[column] ?? '';
      const padding = ' '.repeat(width - displayWidth(cell));
      return align[column] === 'right' ? padding + cell : cell + padding;
    });
    return (indent + cells.join('  ')).trimEnd();
  });
}
