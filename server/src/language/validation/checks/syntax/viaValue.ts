import type { Field, Span, Token } from '../../../syntax/ast';
import { isIdentifier } from '../../../syntax/identifiers';
import { parseVia, VIA_KINDS } from '../../../syntax/fields';
import { didYouMean } from '../../../util/didYouMean';
import type { CheckContext, FixData } from '../../types';
import { didYouMeanHint, isQuotable, replaceFix, report, wordList } from './problems';

const KINDS: ReadonlySet<string> = new Set(VIA_KINDS);
const FORM = `via: takes a boundary-object kind (${wordList(VIA_KINDS)}), then the object's name in double quotes or its landscape id, e.g. 'via: artifact "discharge dashboard"'.`;

function invalid(context: CheckContext, span: Span, message: string, data?: FixData): void {
  report(context, 'invalid-field-value', span, message, data);
}

/** Wraps a span in double quotes, when that keeps every character (no quote inside). */
function quoteFix(text: string, span: Span): FixData | undefined {
  const slice = text.slice(span.start, span.end);
  return slice.includes('"') ? undefined : { fix: 'replace', replacements: [`"${slice}"`] };
}

/**
 * A declared boundary-object id written alone (`via: bed-board`): the kind in front of it is
 * missing. The declared kind, when there is one, makes the fix.
 */
function kindlessId(context: CheckContext, id: Token, declared: string | undefined): void {
  const start = `'${id.text}' is a boundary object's id, and via: names its kind first:`;
  if (declared === undefined) {
    invalid(context, id, `${start} ${wordList(VIA_KINDS)}, e.g. 'via: process ${id.text}'.`);
    return;
  }
  const written = `${declared} ${id.text}`;
  invalid(context, id, `${start} 'via: ${written}'.`, { fix: 'replace', replacements: [written] });
}

/** Checks a non-empty `via:` value; reports its first problem only. */
export function checkVia(field: Field, context: CheckContext): void {
  const { text } = context.syntax;
  const via = parseVia(text, field);
  if (via === undefined) return;
  const { kind, name, id, rest } = via;
  if (text.charCodeAt(kind.start) === 34) {
    invalid(context, field.value, `This via: has no boundary-object kind before the name. ${FORM}`);
    return;
  }
  if (!KINDS.has(kind.text)) {
    if (name === undefined && id === undefined && context.landscape?.boundaryObjects.has(kind.text)) {
      kindlessId(context, kind, context.landscape.boundaryObjects.get(kind.text)!.kind);
      return;
    }
    const suggestions = didYouMean(kind.text, VIA_KINDS);
    const what = isQuotable(kind.text) ? `'${kind.text}' is not` : 'This is not';
    invalid(context, kind, `${what} a kind of boundary object.${didYouMeanHint(suggestions)} ${FORM}`, replaceFix(suggestions));
    return;
  }
  if (name === undefined && id === undefined) {
    invalid(context, kind, `This via: names no boundary object after its kind. ${FORM}`);
    return;
  }
  if (name !== undefined && !name.closed) {
    invalid(context, name, 'The boundary object\'s name has no closing double quote. Add \'"\' after the name.', {
      fix: 'insert',
      offset: name.end,
      text: '"',
    });
    return;
  }
  if (id !== undefined && rest !== undefined) {
    const span = { start: id.start, end: rest.end };
    invalid(context, span, `A boundary object's name with blanks goes in double quotes; an id is one word. ${FORM}`, quoteFix(text, span));
    return;
  }
  if (id !== undefined && !isIdentifier(id.text)) {
    invalid(
      context,
      id,
      `This is not a boundary-object id: an id is letters and digits, then also '-', '_' or '.'. Put a name in double quotes instead. ${FORM}`,
      quoteFix(text, id),
    );
    return;
  }
  if (name !== undefined && name.text.trim() === '') {
    invalid(context, name, `The boundary object's name is empty. Write its name between the quotes, or use its landscape id. ${FORM}`);
    return;
  }
  if (rest !== undefined) {
    invalid(context, rest, "via: names one boundary object, and there is text after its name. Move that text into the reflection, or remove it.");
  }
}
