import type { EntryCheck, JournalCheck } from '../types';
import { authorCaseMismatch, unknownAuthor } from './reference/frontMatterAuthor';
import { caseMismatch, unknownBoundaryObject, unknownCommunity, unknownPerson } from './reference/unknownReference';

export const entryChecks: EntryCheck[] = [unknownCommunity, unknownPerson, unknownBoundaryObject, caseMismatch];
export const journalChecks: JournalCheck[] = [unknownAuthor, authorCaseMismatch];
