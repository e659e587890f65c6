/**
 * The `practiceJournal.*` settings: their zod schema, their defaults, and how a raw value from
 * `workspace/configuration` becomes valid settings. Each setting is checked on its own, so one
 * bad value falls back to its default without discarding the others.
 */
import { z } from 'zod';
import { isRuleId, RULE_IDS, RULES, type RuleId, type RuleOverrides } from './language/service';

const severitySetting = z.enum(['off', 'hint', 'info', 'warning', 'error']);

/** One schema per setting, keyed by its path below `practiceJournal`. */
export const SETTING_SCHEMAS = {
  /** Rule id → severity; merged over each landscape's `rules:`. */
  rules: z.record(z.string(), severitySetting),
  /** Lint as you type, or only when a file is saved. */
  'lint.run': z.enum(['onType', 'onSave']),
  /** Your person id (without `@`), for the "my practice" views. */
  me: z.string().regex(/^@?[\p{L}\p{N}](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_-])?$/u),
  /** The day window of every reflective rule; unset keeps each rule's own default. */
  'reflection.windowDays': z.number().int().min(0).max(36_500),
  /** Problems for the open files only, or for every file in the workspace. */
  'diagnostics.scope': z.enum(['openFiles', 'workspace']),
} as const;

export type SettingPath = keyof typeof SETTING_SCHEMAS;

/** The server's settings, always valid. */
export interface Settings {
  rules: Partial<Record<RuleId, z.infer<typeof severitySetting>>>;
  lint: { run: 'onType' | 'onSave' };
  /** A person id without its `@`, or undefined when unset. */
  me: string | undefined;
  reflection: { windowDays: number | undefined };
  diagnostics: { scope: 'openFiles' | 'workspace' };
}

export const DEFAULT_SETTINGS: Settings = {
  rules: {},
  lint: { run: 'onType' },
  me: undefined,
  reflection: { windowDays: undefined },
  diagnostics: { scope: 'openFiles' },
};

/** Settings read from a raw `practiceJournal` section, with one line per value that was refused. */
export interface ParsedSettings {
  settings: Settings;
  problems: string[];
}

function valueAt(raw: unknown, path: string): unknown {
  let value = raw;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

const EXPECTED: Record<SettingPath, string> = {
  rules: "an object mapping rule ids to 'off', 'hint', 'info', 'warning' or 'error'",
  'lint.run': "'onType' or 'onSave'",
  me: 'a person id such as "maria"',
  'reflection.windowDays': 'a whole number of days (0 means no limit)',
  'diagnostics.scope': "'openFiles' or 'workspace'",
};

/**
 * Reads a setting; undefined, null and the empty string mean "not set". A refused value yields undefined and a
 * problem line naming the setting and what it accepts.
 */
function read<P extends SettingPath>(raw: unknown, path: P, problems: string[]): z.infer<(typeof SETTING_SCHEMAS)[P]> | undefined {
  const value = valueAt(raw, path);
  if (value === undefined || value === null || value === '') return undefined;
  const result = SETTING_SCHEMAS[path].safeParse(value);
  if (result.success) return result.data as z.infer<(typeof SETTING_SCHEMAS)[P]>;
  problems.push(`practiceJournal.${path} must be ${EXPECTED[path]}, not ${describe(value)}`);
  return undefined;
}

function readRules(raw: unknown, problems: string[]): Settings['rules'] {
  const value = valueAt(raw, 'rules');
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push(`practiceJournal.rules must be ${EXPECTED.rules}, not ${describe(value)}`);
    return {};
  }
  const rules: Settings['rules'] = {};
  for (const [id, severity] of Object.entries(value)) {
    const parsed = severitySetting.safeParse(severity);
    if (!isRuleId(id)) problems.push(`practiceJournal.rules names '${id}', which is not a rule id (see docs/rules.md)`);
    else if (!parsed.success) problems.push(`practiceJournal.rules.${id} must be 'off', 'hint', 'info', 'warning' or 'error', not ${describe(severity)}`);
    else rules[id] = parsed.data;
  }
  return rules;
}

/** Validates a raw `practiceJournal` configuration section; never throws. */
export function parseSettings(raw: unknown): ParsedSettings {
  const problems: string[] = [];
  const me = read(raw, 'me', problems);
  const settings: Settings = {
    rules: readRules(raw, problems),
    lint: { run: read(raw, 'lint.run', problems) ?? DEFAULT_SETTINGS.lint.run },
    me: me ? me.replace(/^@/, '') : undefined,
    reflection: { windowDays: read(raw, 'reflection.windowDays', problems) ?? undefined },
    diagnostics: { scope: read(raw, 'diagnostics.scope', problems) ?? DEFAULT_SETTINGS.diagnostics.scope },
  };
  return { settings, problems };
}

/** The one warning shown for refused values, or undefined when every value was accepted. */
export function settingsWarning(problems: readonly string[]): string | undefined {
  if (problems.length === 0) return undefined;
  const one = problems.length === 1;
  return `Practice Journal ignored ${one ? 'a setting' : `${problems.length} settings`} and used the default${one ? '' : 's'} instead: ${problems.join('; ')}. Correct ${one ? 'it' : 'them'} in your settings.`;
}

/** The rule overrides the settings ask for, as the service takes them. */
export function ruleOverridesOf(settings: Settings): RuleOverrides | undefined {
  const overrides: RuleOverrides = {};
  for (const id of RULE_IDS) {
    const severity = settings.rules[id];
    const days = RULES[id].category === 'reflection' ? settings.reflection.windowDays : undefined;
    if (severity === undefined && days === undefined) continue;
    overrides[id] = { ...(severity === undefined ? {} : { severity }), ...(days === undefined ? {} : { days }) };
  }
  return Object.keys(overrides).length > 0 ? overrides : undefined;
}
