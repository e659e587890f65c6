/**
 * Every rule the product checks: a stable id, its default severity and a one-line summary.
 * docs/rules.md documents each; the ids never change once released.
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export type RuleCategory = 'syntax' | 'front-matter' | 'landscape' | 'reference' | 'journal' | 'reflection';

export interface RuleInfo {
  severity: Severity;
  category: RuleCategory;
  summary: string;
  /** True when the rule has a mechanical quick fix. */
  fixable: boolean;
  /** For the reflective rules: the default day window (0 = the whole journal). */
  windowDays?: number;
}

function rule(severity: Severity, category: RuleCategory, summary: string, fixable = false, windowDays?: number): RuleInfo {
  return windowDays === undefined ? { severity, category, summary, fixable } : { severity, category, summary, fixable, windowDays };
}

export const RULES = {
  'invalid-date': rule('error', 'syntax', 'An entry date is not a real YYYY-MM-DD calendar date.'),
  'invalid-time': rule('error', 'syntax', 'An entry time is not a 24-hour HH:MM time.'),
  'unknown-kind': rule('error', 'syntax', 'The entry kind is not one of the five kinds.', true),
  'missing-argument': rule('error', 'syntax', 'The header lacks an argument its kind requires.'),
  'extra-argument': rule('warning', 'syntax', 'The header has text its kind does not take.'),
  'same-community-crossing': rule('error', 'syntax', 'A crossing goes from a community to itself.'),
  'unknown-trajectory-kind': rule('error', 'syntax', 'A trajectory kind is not one of the five kinds.', true),
  'unterminated-title': rule('error', 'syntax', 'A title has no closing double quote.', true),
  'unindented-body': rule('warning', 'syntax', 'A line continues an entry without being indented.', true),
  'stray-text': rule('warning', 'syntax', 'Text that belongs to no entry.'),
  'unknown-field': rule('warning', 'syntax', 'A field key the language does not define.', true),
  'misplaced-field': rule('warning', 'syntax', 'A field on a kind of entry that does not take it.'),
  'duplicate-field': rule('warning', 'syntax', 'A field given twice in one entry.', true),
  'invalid-field-value': rule('warning', 'syntax', 'A field value the field does not accept.', true),
  'front-matter-syntax': rule('error', 'front-matter', 'The front matter is not valid YAML or is not closed.'),
  'front-matter-invalid': rule('error', 'front-matter', 'A front matter value has the wrong type or form.'),
  'front-matter-unknown-key': rule('warning', 'front-matter', 'A front matter key the language does not define.', true),
  'landscape-not-found': rule('error', 'front-matter', "The front matter's landscape path cannot be read."),
  'landscape-outside-workspace': rule('error', 'front-matter', "The front matter's landscape path leaves the workspace."),
  'landscape-syntax': rule('error', 'landscape', 'The landscape is not valid YAML.'),
  'landscape-invalid': rule('error', 'landscape', 'A landscape value the schema forbids.', true),
  'landscape-unknown-key': rule('warning', 'landscape', 'A landscape key the schema does not define.', true),
  'parent-cycle': rule('error', 'landscape', "Communities' parent links form a cycle."),
  'unknown-rule': rule('warning', 'landscape', 'A rule id that does not exist, in rules: or a suppression comment.', true),
  'unknown-community': rule('warning', 'reference', 'A +community the landscape does not declare.', true),
  'unknown-person': rule('warning', 'reference', 'An @person the landscape does not declare.', true),
  'unknown-boundary-object': rule('warning', 'reference', 'A boundary object id the landscape does not declare.', true),
  'case-mismatch': rule('warning', 'reference', 'A reference that matches a declared one except for case.', true),
  'chronological-order': rule('warning', 'journal', 'An entry dated before the entry above it.', true),
  'duplicate-entry': rule('warning', 'journal', 'An entry identical to an earlier one.'),
  'future-date': rule('warning', 'journal', 'An entry dated after today.'),
  'empty-reflection': rule('info', 'reflection', 'An entry with no reflection prose.', false, 0),
  'mode-balance': rule('info', 'reflection', 'A mode of belonging absent from recent entries while others recur.', false, 30),
  'crossing-without-object': rule('info', 'reflection', 'A crossing that names no boundary object (via:).', false, 0),
  'stalled-trajectory': rule('info', 'reflection', 'An inbound trajectory with no engagement in that community since.', false, 60),
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function isRuleId(value: string): value is RuleId {
  return Object.prototype.hasOwnProperty.call(RULES, value);
}

/** The documentation anchor for a rule, for diagnostics' `codeDescription`. */
export function ruleDocsUrl(id: RuleId): string {
  return `https://github.com/practice-journal/practice-journal/blob/main/docs/rules.md#${id}`;
}
