/**
 * This month's journal: where it lives (`journal/YYYY-MM.practice` in the workspace folder)
 * and what a new one starts with (front matter naming its author, and the month as a heading).
 */
import { monthKey, monthTitle } from './dates';

/** The journal's path inside the workspace folder, as segments. */
export function monthJournalPath(today: string): [string, string] {
  return ['journal', `${monthKey(today)}.practice`];
}

/** The text of a new month's journal. */
export function monthJournalText(author: string, today: string): string {
  return ['---', `author: ${author.replace(/^@/, '')}`, '---', '', `# ${monthTitle(today)}`, '', ''].join('\n');
}

const FRONT_MATTER_SCAN = 64 * 1024;

/**
 * The author named in a journal's front matter, or undefined. Reads just enough of the YAML
 * block (a top-level `author:` line with a plain or quoted id) for the status bar; the
 * language server reads it in full and reports anything wrong with it.
 */
export function frontMatterAuthor(text: string): string | undefined {
  // Front matter is short; a journal may be long, so only its start is split into lines.
  const lines = text.slice(0, FRONT_MATTER_SCAN).replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!/^---[ \t]*$/.test(lines[0] ?? '')) return undefined;
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]!;
    // A closing fence, or an entry header that shows an unclosed block has ended.
    if (/^(?:---|\.\.\.)[ \t]*$/.test(line) || /^\d/.test(line)) return undefined;
    const match = /^author:[ \t]*(["']?)@?([^"'#\s]+)\1[ \t]*(?:#.*)?$/.exec(line);
    if (match) return match[2];
  }
  return undefined;
}
