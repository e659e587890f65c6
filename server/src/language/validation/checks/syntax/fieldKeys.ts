import { lineOfOffset } from '../../../syntax/text';
import { FIELD_KEYS, FIELD_SPECS, isFieldKey } from '../../../syntax/fields';
import { didYouMean } from '../../../util/didYouMean';
import type { EntryCheck } from '../../types';
import { aKind, didYouMeanHint, replaceFix, report, wordList } from './problems';

const KEY_LIST = FIELD_KEYS.join(', ');

/** `unknown-field`: a field-block key the language does not define. */
export const unknownField: EntryCheck = {
  rule: 'unknown-field',
  checkEntry(entry, context) {
    const { fields } = entry;
    for (let index = 0; index < fields.length; index++) {
      const { key } = fields[index]!;
      if (isFieldKey(key.text)) continue;
      const suggestions = didYouMean(key.text, FIELD_KEYS);
      report(
        context,
        'unknown-field',
        key,
        `Unknown field '${key.text}'.${didYouMeanHint(suggestions)} Fields are: ${KEY_LIST}. If this line is reflection, leave a blank line between the fields and it.`,
        replaceFix(suggestions),
      );
    }
  },
};

/** `misplaced-field`: a known field on a kind of entry that does not take it. */
export const misplacedField: EntryCheck = {
  rule: 'misplaced-field',
  checkEntry(entry, context) {
    const kind = entry.kindValue;
    if (kind === undefined) return;
    const { fields } = entry;
    for (let index = 0; index < fields.length; index++) {
      const { key } = fields[index]!;
      if (!isFieldKey(key.text)) continue;
      const on = FIELD_SPECS[key.text].on;
      if (on === undefined || on.includes(kind)) continue;
      report(
        context,
        'misplaced-field',
        key,
        `The ${key.text}: field belongs on ${wordList(on)} entries, not on ${aKind(kind).toLowerCase()} entry. Remove it, or change the entry's kind if it really is ${aKind(on[0]!).toLowerCase()}.`,
      );
    }
  },
};

/** `duplicate-field`: a known field given again in the same entry (every later occurrence). */
export const duplicateField: EntryCheck = {
  rule: 'duplicate-field',
  checkEntry(entry, context) {
    const { fields } = entry;
    for (let index = 1; index < fields.length; index++) {
      const field = fields[index]!;
      if (!isFieldKey(field.key.text)) continue;
      let earlier = 0;
      while (earlier < index && fields[earlier]!.key.text !== field.key.text) earlier++;
      if (earlier === index) continue;
      const first = fields[earlier]!;
      const line = lineOfOffset(context.syntax.lineStarts, first.start) + 1;
      const advice =
        first.value.text === field.value.text
          ? 'This line repeats it with the same value: remove it.'
          : 'Only the first one counts: keep the value you mean and remove the other line.';
      // Key to value: the field's own span may run on over the blanks after an empty value.
      const end = field.value.start < field.value.end ? field.value.end : field.key.end + 1;
      report(
        context,
        'duplicate-field',
        { start: field.start, end },
        `The ${field.key.text}: field is already given on line ${line}, and a field appears once per entry. ${advice}`,
        { fix: 'delete', start: field.lineStart, end: field.lineEnd },
      );
    }
  },
};
