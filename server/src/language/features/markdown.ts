/**
 * Markdown helpers for hovers and completion documentation. Anything a user wrote (landscape
 * names, domains, ids) goes through `escapeMarkdown`, so it shows as plain text and can never
 * become a link, an image, an HTML tag or a heading.
 */

/** Every ASCII punctuation character CommonMark lets a backslash escape. */
const PUNCTUATION = /[!-/:-@[-`{-~]/g;
const LINE_BREAKS = /[\r\n\u2028\u2029]+/g;

/**
 * Escapes user text for Markdown: line breaks become spaces (a name cannot start a block),
 * and every ASCII punctuation character is backslash-escaped, which also keeps `:` and `.`
 * from forming autolinks and `<`, `&` from forming HTML.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(PUNCTUATION, (character) => '\\' + character);
}

/** A Markdown `MarkupContent`. */
export function markdown(value: string): { kind: 'markdown'; value: string } {
  return { kind: 'markdown', value };
}
