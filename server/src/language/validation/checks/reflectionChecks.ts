import type { EntryCheck, JournalCheck } from '../types';

export const entryChecks: EntryCheck[] = [];
export const journalChecks: JournalCheck[] = [];
