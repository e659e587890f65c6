/** The journal rules: order, duplicates and dates across a journal's entries. */
import type { EntryCheck, JournalCheck } from '../types';
import { chronologicalOrder } from './journal/chronologicalOrder';
import { duplicateEntry } from './journal/duplicateEntry';
import { futureDate } from './journal/futureDate';

export const entryChecks: EntryCheck[] = [futureDate];
export const journalChecks: JournalCheck[] = [chronologicalOrder, duplicateEntry];
