import type { JournalCheck } from '../../types';
import { promptInWindow } from './window';

/**
 * `empty-reflection`: an entry of a known kind with no prose. An entry whose kind is not yet
 * readable gets its error first; a prompt on it would only add noise.
 */
export const emptyReflection: JournalCheck = {
  rule: 'empty-reflection',
  begin(context) {
    return promptInWindow(
      context,
      'empty-reflection',
      (entry) => entry.reflection === undefined,
      ({ kind, kindValue }) =>
        context.report({
          rule: 'empty-reflection',
          start: kind.start,
          end: kind.end,
          message:
            `This ${kindValue} has no reflection yet. What did the moment mean to you, and what might you do ` +
            'differently? A few indented lines of prose under the fields turn the record into a reflection.',
        }),
    );
  },
};

/** `crossing-without-object`: a crossing with no `via:` field naming what carried practice across. */
export const crossingWithoutObject: JournalCheck = {
  rule: 'crossing-without-object',
  begin(context) {
    return promptInWindow(
      context,
      'crossing-without-object',
      (entry) => entry.kindValue === 'crossing' && !entry.fields.some((field) => field.key.text === 'via'),
      ({ kind }) =>
        context.report({
          rule: 'crossing-without-object',
          start: kind.start,
          end: kind.end,
          message:
            'This crossing does not say what carried your practice across the boundary. Was it a document or tool, ' +
            'a shared way of talking, or a routine? Name it in a field under the header: via: artifact "…", ' +
            'via: discourse "…" or via: process "…".',
        }),
    );
  },
};
