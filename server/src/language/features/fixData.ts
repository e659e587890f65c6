import { BOUNDARY_OBJECT_KINDS } from '../landscape/types';
import type { FixData, LandscapeAddition } from '../validation/types';

/**
 * Fix data comes back from the editor with a code action request, so it is untrusted input:
 * a stale, foreign or forged diagnostic may carry anything. Fixes only read data that has
 * exactly the shape the checks wrote.
 */
export function isFixData(value: unknown): value is FixData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Record<string, unknown>;
  switch (data['fix']) {
    case 'replace':
      return isStringList(data['replacements']) && (data['add'] === undefined || isAddition(data['add']));
    case 'add-to-landscape':
      return isAddition(data);
    case 'delete':
      return isOffset(data['start']) && isOffset(data['end']);
    case 'insert':
      return isOffset(data['offset']) && typeof data['text'] === 'string';
    case 'sort-entries':
      return true;
    default:
      return false;
  }
}

const SECTIONS: readonly unknown[] = ['communities', 'people', 'boundary-objects'];
const KINDS: readonly unknown[] = BOUNDARY_OBJECT_KINDS;

function isAddition(value: unknown): value is LandscapeAddition {
  if (typeof value !== 'object' || value === null) return false;
  const addition = value as Record<string, unknown>;
  return SECTIONS.includes(addition['section']) && typeof addition['id'] === 'string' && typeof addition['landscapeUri'] === 'string' && (addition['kind'] === undefined || KINDS.includes(addition['kind']));
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isOffset(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
