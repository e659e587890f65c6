import type { Field, Sigil } from '../../../syntax/ast';
import { scanIdentifier } from '../../../syntax/identifiers';
import type { CheckContext } from '../../types';
import { report } from './problems';

function isSeparator(code: number): boolean {
  return code === 32 || code === 9 || code === 44;
}

function isSigil(code: number): boolean {
  return code === 43 || code === 64 || code === 35;
}

const EXAMPLES: Record<'@' | '#', string> = {
  '@': "'with: @ana, @li'",
  '#': "'tags: #retro #lineage'",
};

/**
 * The replacement for a bad item: the right sigil before its name, when the item is a bare
 * identifier or carries another sigil (`ana`, `+ana` → `@ana`).
 */
function corrected(text: string, start: number, end: number, sigil: Sigil): string | undefined {
  const nameStart = isSigil(text.charCodeAt(start)) ? start + 1 : start;
  if (nameStart === end || scanIdentifier(text, nameStart, end) !== end) return undefined;
  return sigil + text.slice(nameStart, end);
}

function reportItem(text: string, field: Field, start: number, end: number, sigil: '@' | '#', context: CheckContext): void {
  const what = sigil === '@' ? 'people as @person references' : 'tags as #tag references';
  const replacement = corrected(text, start, end, sigil);
  const hint = replacement === undefined ? '' : ` Did you mean '${replacement}'?`;
  const message = `${field.key.text}: lists ${what}, separated by commas or blanks, e.g. ${EXAMPLES[sigil]}; this item is not one.${hint}`;
  report(context, 'invalid-field-value', { start, end }, message, replacement === undefined ? undefined : { fix: 'replace', replacements: [replacement] });
}

/**
 * Checks a `with:` (`@`) or `tags:` (`#`) value: items separated by commas and/or blanks, each
 * a whole reference with the right sigil. Reports only the first bad item.
 */
export function checkReferenceList(field: Field, sigil: '@' | '#', context: CheckContext): void {
  const { text } = context.syntax;
  const code = sigil.charCodeAt(0);
  const end = field.value.end;
  let index = field.value.start;
  while (index < end) {
    if (isSeparator(text.charCodeAt(index))) {
      index++;
      continue;
    }
    let itemEnd = index;
    while (itemEnd < end && !isSeparator(text.charCodeAt(itemEnd))) itemEnd++;
    const valid = text.charCodeAt(index) === code && itemEnd > index + 1 && scanIdentifier(text, index + 1, itemEnd) === itemEnd;
    if (!valid) {
      reportItem(text, field, index, itemEnd, sigil, context);
      return;
    }
    index = itemEnd;
  }
}
