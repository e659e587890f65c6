import type { EntryCheck, JournalCheck } from './types';
import * as syntax from './checks/syntaxChecks';
import * as journal from './checks/journalChecks';
import * as references from './checks/referenceChecks';
import * as reflection from './checks/reflectionChecks';

const groups = [syntax, journal, references, reflection];

/** Every per-entry check, in the order they report. */
export const ENTRY_CHECKS: readonly EntryCheck[] = groups.flatMap((group) => group.entryChecks);
/** Every whole-journal check. */
export const JOURNAL_CHECKS: readonly JournalCheck[] = groups.flatMap((group) => group.journalChecks);
