import { parseDocument, type Document } from 'yaml';
import type { LandscapeAddition } from '../validation/types';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality of plain YAML data (objects compared without regard to key order). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameData(item, b[index]));
  if (!isRecord(a) || !isRecord(b)) return Number.isNaN(a) && Number.isNaN(b);
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && sameData(a[key], b[key]));
}

/**
 * True when `next` parses cleanly to what `before` held plus the one new declaration: the
 * guard that keeps a text insertion from changing the meaning of anything else.
 */
export function declarationMatches(before: Document, next: string, addition: LandscapeAddition): boolean {
  try {
    const after = parseDocument(next, { logLevel: 'error' });
    if (after.errors.length > 0) return false;
    const expected: unknown = before.toJS() ?? {};
    if (!isRecord(expected)) return false;
    const section = expected[addition.section] ?? {};
    if (!isRecord(section) || Object.prototype.hasOwnProperty.call(section, addition.id)) return false;
    section[addition.id] = addition.kind ? { kind: addition.kind } : {};
    expected[addition.section] = section;
    return sameData(after.toJS(), expected);
  } catch {
    // toJS throws on pathological input (alias bombs): such a landscape is not edited.
    return false;
  }
}
