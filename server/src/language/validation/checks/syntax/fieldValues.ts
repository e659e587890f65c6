import type { Field } from '../../../syntax/ast';
import { FIELD_SPECS, isFieldKey, type FieldKey } from '../../../syntax/fields';
import { didYouMean } from '../../../util/didYouMean';
import type { CheckContext, EntryCheck } from '../../types';
import { didYouMeanHint, isQuotable, replaceFix, report, wordList } from './problems';
import { checkReferenceList } from './referenceList';
import { checkVia } from './viaValue';

/** The allowed words of each enum field, as sets for the per-field lookup. */
const ENUM_SETS = new Map<FieldKey, ReadonlySet<string>>();
for (const key of Object.keys(FIELD_SPECS) as FieldKey[]) {
  const values = FIELD_SPECS[key].values;
  if (values !== undefined) ENUM_SETS.set(key, new Set(values));
}

function howToFill(key: FieldKey): string {
  const values = FIELD_SPECS[key].values;
  if (values !== undefined) return `Give it one of: ${wordList(values)}`;
  if (key === 'with') return "Give it the people who took part, e.g. 'with: @ana, @li'";
  if (key === 'tags') return "Give it one or more tags, e.g. 'tags: #retro #lineage'";
  return `Give it a boundary object, e.g. 'via: artifact "discharge dashboard"'`;
}

function checkEnum(field: Field, key: FieldKey, allowed: ReadonlySet<string>, context: CheckContext): void {
  const { value } = field;
  if (allowed.has(value.text)) return;
  const values = FIELD_SPECS[key].values!;
  const quotable = isQuotable(value.text);
  const suggestions = quotable ? didYouMean(value.text, values) : [];
  const what = quotable ? `The ${key}: field does not take '${value.text}'.` : `The ${key}: field does not take this value.`;
  report(
    context,
    'invalid-field-value',
    value,
    `${what}${didYouMeanHint(suggestions)} It takes one of: ${wordList(values)}.`,
    replaceFix(suggestions),
  );
}

function checkField(field: Field, key: FieldKey, context: CheckContext): void {
  if (field.value.start >= field.value.end) {
    // The key and its colon: the field's own span may run on over trailing blanks.
    const span = { start: field.key.start, end: field.key.end + 1 };
    report(context, 'invalid-field-value', span, `The ${key}: field has no value. ${howToFill(key)}, or remove the line.`);
    return;
  }
  const allowed = ENUM_SETS.get(key);
  if (allowed !== undefined) checkEnum(field, key, allowed, context);
  else if (key === 'with') checkReferenceList(field, '@', context);
  else if (key === 'tags') checkReferenceList(field, '#', context);
  else if (key === 'via') checkVia(field, context);
}

/** `invalid-field-value`: a known field's value is empty or not of the form the field takes. */
export const invalidFieldValue: EntryCheck = {
  rule: 'invalid-field-value',
  checkEntry(entry, context) {
    const { fields } = entry;
    for (let index = 0; index < fields.length; index++) {
      const field = fields[index]!;
      const key = field.key.text;
      if (isFieldKey(key)) checkField(field, key, context);
    }
  },
};
