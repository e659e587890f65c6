/**
 * Marks the extension-host suite's report lines in the workbench's console stream, which the
 * runner receives mixed with the workbench's own messages.
 */
export const REPORT_MARKER = '\u2063practice-e2e\u2063 ';
