import type { EntryCheck, JournalCheck } from '../types';
import { crossingWithoutObject, emptyReflection } from './reflection/entryPrompts';
import { modeBalance } from './reflection/modeBalance';
import { stalledTrajectory } from './reflection/stalledTrajectory';

/**
 * The reflective prompts all run once per journal: each needs the journal's reference day
 * (its latest date) before it can tell which entries fall in its window.
 */
export const entryChecks: EntryCheck[] = [];
export const journalChecks: JournalCheck[] = [emptyReflection, crossingWithoutObject, modeBalance, stalledTrajectory];
