import type { Entry } from '../../../syntax/ast';
import type { EntryCheck } from '../../types';
import { report } from './problems';

const DEFAULT_INDENT = '  ';

const MESSAGE =
  "This line continues the entry above but starts at column 0. Indent it like the rest of the entry's body; if it begins something new, start it with a YYYY-MM-DD date, or with ';' for a comment.";

/** The indentation of the entry's first indented body line before `before`, so the fix matches it. */
function bodyIndent(text: string, lineStarts: readonly number[], entry: Entry, before: number): string {
  for (let line = entry.line + 1; line < lineStarts.length && lineStarts[line]! < before; line++) {
    const start = lineStarts[line]!;
    let index = start;
    while (index < before && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index++;
    if (index === start || index >= before) continue;
    const code = text.charCodeAt(index);
    if (code !== 10 && code !== 13) return text.slice(start, index);
  }
  return DEFAULT_INDENT;
}

/** `unindented-body`: a column-0 line kept in an entry's prose that lost its indentation. */
export const unindentedBody: EntryCheck = {
  rule: 'unindented-body',
  checkEntry(entry, context) {
    const { unindented } = entry;
    if (unindented.length === 0) return;
    const { text, lineStarts } = context.syntax;
    const indent = bodyIndent(text, lineStarts, entry, unindented[0]!.start);
    for (let index = 0; index < unindented.length; index++) {
      const span = unindented[index]!;
      report(context, 'unindented-body', span, MESSAGE, { fix: 'insert', offset: span.start, text: indent });
    }
  },
};
