import type { Entry, JournalSyntax } from '../syntax/ast';
import { fingerprint } from './checks/journal/duplicateEntry';

/**
 * Each entry's text fingerprint, as `duplicate-entry` computes it, kept between versions of
 * an edited journal: it tells whether an edit can have made or unmade a copy without
 * looking at every other entry again.
 */
export class EntryPrints {
  private readonly byPrint = new Map<number, Entry[]>();

  static of(syntax: JournalSyntax): EntryPrints {
    const prints = new EntryPrints();
    const { text, entries } = syntax;
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index]!;
      const print = fingerprint(text, entry.start, entry.end);
      const list = prints.byPrint.get(print);
      if (list === undefined) prints.byPrint.set(print, [entry]);
      else list.push(entry);
    }
    return prints;
  }

  /**
   * Swaps the re-parsed entries' fingerprints for the new ones. Returns false, leaving the
   * prints unusable, when an entry removed or added shares its fingerprint with another one:
   * it may have been, or now be, a copy or an original, so the journal must be checked whole.
   */
  replace(oldText: string, removed: readonly Entry[], newText: string, added: readonly Entry[]): boolean {
    for (const entry of removed) {
      const print = fingerprint(oldText, entry.start, entry.end);
      const list = this.byPrint.get(print);
      if (list === undefined || list.length !== 1 || list[0] !== entry) return false;
      this.byPrint.delete(print);
    }
    for (const entry of added) {
      const print = fingerprint(newText, entry.start, entry.end);
      if (this.byPrint.has(print)) return false;
      this.byPrint.set(print, [entry]);
    }
    return true;
  }
}
