/**
 * A reader for the snippet syntax VS Code accepts in snippet files (tab stops, placeholders,
 * choices, variables and escapes), strict enough that a body it accepts is one the editor
 * inserts as intended. Transforms are not used by the journal snippets and are rejected.
 */

/** Variables the editor resolves when it inserts a snippet. */
export const SNIPPET_VARIABLES = [
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_FILENAME',
  'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH', 'CLIPBOARD', 'WORKSPACE_NAME', 'WORKSPACE_FOLDER',
  'CURSOR_INDEX', 'CURSOR_NUMBER', 'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH', 'CURRENT_MONTH_NAME',
  'CURRENT_MONTH_NAME_SHORT', 'CURRENT_DATE', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT', 'CURRENT_HOUR', 'CURRENT_MINUTE',
  'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX', 'CURRENT_TIMEZONE_OFFSET', 'RANDOM', 'RANDOM_HEX', 'UUID',
  'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
] as const;

/** A choice tab stop, with the expanded text of its line before it (to tell which field it fills). */
export interface SnippetChoice {
  tabstop: number;
  options: string[];
  linePrefix: string;
}

/** A snippet as the editor would first insert it: placeholders keep their text, choices their first option. */
export interface ExpandedSnippet {
  text: string;
  /** Every tab stop number used, in order of appearance (repeats included). */
  tabstops: number[];
  choices: SnippetChoice[];
  variables: string[];
}

class Reader {
  private index = 0;
  readonly result: ExpandedSnippet = { text: '', tabstops: [], choices: [], variables: [] };

  constructor(
    private readonly body: string,
    private readonly values: Readonly<Record<string, string>>,
    private readonly finalText: string,
  ) {}

  read(): ExpandedSnippet {
    this.result.text = this.sequence(undefined);
    if (this.index < this.body.length) this.fail('unexpected "}"');
    return this.result;
  }

  private fail(message: string): never {
    throw new Error(`${message} at ${this.index} in ${JSON.stringify(this.body)}`);
  }

  /** Text and elements up to `stop` (a closing brace inside a placeholder) or the end. */
  private sequence(stop: '}' | undefined): string {
    let text = '';
    while (this.index < this.body.length) {
      const character = this.body[this.index]!;
      if (character === '}' && stop) return text;
      if (character === '\\' && '$}\\'.includes(this.body[this.index + 1] ?? '')) {
        text += this.body[this.index + 1];
        this.index += 2;
      } else if (character === '$') text += this.element(text);
      else {
        text += character;
        this.index++;
      }
    }
    if (stop) this.fail('unclosed "${"');
    return text;
  }

  private element(before: string): string {
    this.index++;
    const simple = /^(\d+|[_a-zA-Z][_a-zA-Z0-9]*)/.exec(this.body.slice(this.index));
    if (simple) {
      this.index += simple[0].length;
      return this.resolve(simple[0], undefined);
    }
    if (this.body[this.index] !== '{') return '$';
    this.index++;
    const name = /^(\d+|[_a-zA-Z][_a-zA-Z0-9]*)/.exec(this.body.slice(this.index))?.[0];
    if (!name) this.fail('expected a tab stop number or a variable name after "${"');
    this.index += name.length;
    const next = this.body[this.index];
    if (next === '}') {
      this.index++;
      return this.resolve(name, undefined);
    }
    if (next === ':') {
      this.index++;
      const inner = this.sequence('}');
      this.index++;
      return this.resolve(name, inner);
    }
    if (next === '|' && /^\d+$/.test(name)) return this.choice(Number(name), before);
    return this.fail(`unsupported "${next ?? 'end'}" after "\${${name}"`);
  }

  private choice(tabstop: number, before: string): string {
    const close = this.body.indexOf('|}', this.index + 1);
    if (close === -1) this.fail('unclosed choice');
    const options = this.body.slice(this.index + 1, close).split(',');
    if (options.some((option) => option === '' || /[\\$]/.test(option))) this.fail('empty or escaped choice option');
    this.index = close + 2;
    this.result.tabstops.push(tabstop);
    this.result.choices.push({ tabstop, options, linePrefix: before.slice(before.lastIndexOf('\n') + 1) });
    return options[0]!;
  }

  private resolve(name: string, placeholder: string | undefined): string {
    if (/^\d+$/.test(name)) {
      this.result.tabstops.push(Number(name));
      return placeholder ?? (name === '0' ? this.finalText : '');
    }
    if (!(SNIPPET_VARIABLES as readonly string[]).includes(name)) this.fail(`unknown variable ${name}`);
    this.result.variables.push(name);
    const value = this.values[name];
    if (value === undefined) this.fail(`no test value for variable ${name}`);
    return value;
  }
}

/**
 * Expands a snippet body the way the editor first inserts it. `values` gives the variables;
 * `finalText` stands for what the user types at the final tab stop `$0`. Throws on a body
 * the editor would not read as intended.
 */
export function expandSnippet(body: string | readonly string[], values: Readonly<Record<string, string>>, finalText = ''): ExpandedSnippet {
  return new Reader(typeof body === 'string' ? body : body.join('\n'), values, finalText).read();
}
