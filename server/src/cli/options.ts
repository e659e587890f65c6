import { parseArgs } from 'node:util';
import { didYouMean } from '../language/service';
import { CliError } from './io';

/** One command-line option, as node:util parseArgs describes it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface ParsedOptions {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * Parses a command's arguments. parseArgs runs non-strict so that every mistake gets our own
 * one-line message (an unknown option comes with a did-you-mean); the checks strict mode
 * would make are made here instead.
 */
export function parseOptions(args: readonly string[], specs: OptionSpecs): ParsedOptions {
  const { values, positionals, tokens } = parseArgs({ args: [...args], options: specs, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = specs[token.name];
    if (!spec) throw new CliError(unknownOption(token.rawName, specs));
    if (spec.type === 'boolean' && token.value !== undefined) {
      throw new CliError(`option --${token.name} takes no value`);
    }
    if (spec.type === 'string' && (token.value === undefined || (!token.inlineValue && looksLikeOption(token.value)))) {
      throw new CliError(`option --${token.name} needs a value`);
    }
  }
  return { values: values as ParsedOptions['values'], positionals };
}

/**
 * True when the word after a value-taking option is another option, i.e. the value was
 * forgotten. A negative number (`--max-warnings -1`) is a value, left to the option's own
 * check to refuse with a message that names it.
 */
function looksLikeOption(value: string): boolean {
  return value.startsWith('-') && value !== '-' && !/^-\d/.test(value);
}

function unknownOption(rawName: string, specs: OptionSpecs): string {
  const name = rawName.replace(/^-+/, '');
  const [suggestion] = rawName.startsWith('--') ? didYouMean(name, Object.keys(specs), 1) : [];
  return suggestion ? `unknown option ${rawName} (did you mean --${suggestion}?)` : `unknown option ${rawName}; see --help`;
}

/** A string option restricted to a set of values, with a did-you-mean for a typo. */
export function oneOf<T extends string>(option: string, value: string | boolean | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  const [suggestion] = didYouMean(String(value), allowed, 1);
  const hint = suggestion ? `did you mean ${suggestion}?` : `use one of ${allowed.join(', ')}`;
  throw new CliError(`unknown --${option} '${String(value)}' (${hint})`);
}

/** A non-negative whole number option. */
export function count(option: string, value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d+$/.test(value)) {
    throw new CliError(`--${option} needs a whole number of 0 or more, not '${String(value)}'`);
  }
  return Number(value);
}

/**
 * A `--today YYYY-MM-DD` value as days since 1970-01-01, or undefined when not given.
 * `toDay` is the core's date parser, passed in so this module does not load the core.
 */
export function todayOption(value: string | boolean | undefined, toDay: (iso: string) => number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const day = typeof value === 'string' ? toDay(value) : undefined;
  if (day === undefined) throw new CliError(`--today needs a real date as YYYY-MM-DD, not '${String(value)}'`);
  return day;
}
