/** Small journals with one known outcome each, shared by the CLI tests. */

/** No problems under any rule. */
export const CLEAN = '2026-11-20 engagement +guild "Pairing"\n  with: @ana\n\n  We paired on the checks and it went well.\n';
/** One error: `unterminated-title`. */
export const WITH_ERROR = '2026-11-20 engagement +guild "Unclosed\n  We paired on the checks.\n';
/** One warning: `unknown-rule` (a suppression naming a rule that does not exist). */
export const WITH_WARNING = '; practice-disable-next-entry nonrule\n2026-11-20 engagement +guild "Pairing"\n  We paired on the checks.\n';
/** One info: `empty-reflection`. */
export const WITH_INFO = '2026-11-20 engagement +guild "Pairing"\n';
/** One warning when today is before 2030: `future-date`. */
export const IN_2030 = '2030-01-01 engagement +guild "Later"\n  Planned.\n';
