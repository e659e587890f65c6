import type { RuleId } from '../../../rules';
import type { Span } from '../../../syntax/ast';
import type { CheckContext, FixData } from '../../types';

/** Reports a problem, adding fix data only when there is some (exact optional properties). */
export function report(context: CheckContext, rule: RuleId, span: Span, message: string, data?: FixData): void {
  if (data === undefined) context.report({ rule, start: span.start, end: span.end, message });
  else context.report({ rule, start: span.start, end: span.end, message, data });
}

/** " Did you mean 'x'?" (or a choice of two or three), or '' when nothing is close. */
export function didYouMeanHint(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const quoted = suggestions.map((suggestion) => `'${suggestion}'`);
  const last = quoted.pop()!;
  return quoted.length === 0 ? ` Did you mean ${last}?` : ` Did you mean ${quoted.join(', ')} or ${last}?`;
}

/** The replace fix offering the suggestions, or none when there are none. */
export function replaceFix(suggestions: readonly string[]): FixData | undefined {
  return suggestions.length === 0 ? undefined : { fix: 'replace', replacements: [...suggestions] };
}

/** "a, b or c", for the lists of allowed words in messages. */
export function wordList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** "An engagement", "A crossing": the kind with its article, capitalised for a sentence start. */
export function aKind(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? 'An' : 'A'} ${kind}`;
}

/** The longest user word quoted in a message; longer ones are described, not quoted. */
const MAX_QUOTED = 40;

/** True when a value the user typed may be quoted in a message: one short word. */
export function isQuotable(word: string): boolean {
  if (word.length === 0 || word.length > MAX_QUOTED) return false;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code === 32 || code === 9) return false;
  }
  return true;
}

/** Unicode spaces that look like a blank but are not one here: only the space and the tab are. */
const LOOKALIKE_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;

/**
 * A sentence naming a look-alike space (a non-breaking space typed with Option+Space or pasted
 * from a document) inside a word, or '' when there is none. Such a space glues two words into
 * one, and the message about the glued word would otherwise make no sense to the writer.
 */
export function lookalikeSpaceHint(word: string): string {
  const match = LOOKALIKE_SPACE.exec(word);
  if (match === null) return '';
  const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return ` It contains a non-breaking or other special space (U+${code}), which looks like a space but does not separate words: replace it with an ordinary space.`;
}
