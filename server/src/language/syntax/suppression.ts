import type { Suppression, Token } from './ast';

const DIRECTIVE = 'practice-disable-next-entry';

/**
 * Reads `; practice-disable-next-entry [RULE-ID…]` from a comment spanning `start`..`end`
 * (`start` at the `;`). Rule ids may be separated by blanks or commas.
 */
export function parseSuppression(text: string, start: number, end: number): Suppression | undefined {
  let index = start + 1;
  while (index < end && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index++;
  if (!text.startsWith(DIRECTIVE, index)) return undefined;
  index += DIRECTIVE.length;
  if (index < end && !/[\s,]/.test(text.charAt(index))) return undefined;
  const rules: Token[] = [];
  const pattern = /[^\s,]+/g;
  pattern.lastIndex = index;
  const rest = text.slice(0, end);
  for (let match = pattern.exec(rest); match; match = pattern.exec(rest)) {
    rules.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return { start, end, rules };
}
