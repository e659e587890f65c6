/** The few ANSI styles the text output uses; `plain` when colour is off. */
export interface Styles {
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const style = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export const COLOURED: Styles = {
  red: style(31, 39),
  yellow: style(33, 39),
  blue: style(34, 39),
  dim: style(2, 22),
  bold: style(1, 22),
  underline: style(4, 24),
};

const same = (text: string): string => text;

export const PLAIN: Styles = { red: same, yellow: same, blue: same, dim: same, bold: same, underline: same };

/**
 * Makes text safe for a terminal: control characters (which could move the cursor or change
 * colours if a journal contained them) are shown as `\u{…}` escapes.
 */
export function printable(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROLS, (character) => `\\u{${character.charCodeAt(0).toString(16)}}`) : text;
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
