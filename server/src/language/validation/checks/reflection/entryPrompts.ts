import type { JournalCheck } from '../../types';
import { forEachEntryInWindow } from './window';

/**
 * `empty-reflection`: an entry of a known kind with no prose. An entry whose kind is not yet
 * readable gets its error first; a prompt on it would only add noise.
 */
export const emptyReflection: JournalCheck = {
  rule: 'empty-reflection',
  checkJournal(context) {
    forEachEntryInWindow(context, 'empty-reflection', (entry) => {
      if (entry.kindValue === undefined || entry.reflection !== undefined) return;
      context.report({
        rule: 'empty-reflection',
        start: entry.kind.start,
        end: entry.kind.end,
        message:
          `This ${entry.kindValue} has no reflection yet. What did the moment mean to you, and what might you do ` +
          'differently? A few indented lines of prose under the fields turn the record into a reflection.',
      });
    });
  },
};

/** `crossing-without-object`: a crossing with no `via:` field naming what carried practice across. */
export const crossingWithoutObject: JournalCheck = {
  rule: 'crossing-without-object',
  checkJournal(context) {
    forEachEntryInWindow(context, 'crossing-without-object', (entry) => {
      if (entry.kindValue !== 'crossing') return;
      for (const field of entry.fields) if (field.key.text === 'via') return;
      context.report({
        rule: 'crossing-without-object',
        start: entry.kind.start,
        end: entry.kind.end,
        message:
          'This crossing does not say what carried your practice across the boundary. Was it a document or tool, ' +
          'a shared way of talking, or a routine? Name it in a field under the header: via: artifact "…", ' +
          'via: discourse "…" or via: process "…".',
      });
    });
  },
};
