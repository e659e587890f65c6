import type { z } from 'zod';
import type { PathStep } from './tree';

/** A schema problem, reduced to what the loaders locate and explain. */
export type SchemaFinding =
  /** A key the object at `path` does not define. */
  | { kind: 'unknown-key'; path: PathStep[]; key: string }
  /** A mapping key that is not a valid id; `path` ends at the key. */
  | { kind: 'invalid-key'; path: PathStep[] }
  /** A value of the wrong type or form at `path`. */
  | { kind: 'invalid'; path: PathStep[]; issue: z.core.$ZodIssue };

/**
 * Flattens zod issues: one finding per unknown key, and for a union that failed, the issues
 * of the branch the value was evidently meant for (a string for the enum branch, a mapping for
 * the object branch) rather than every branch's complaint.
 */
export function schemaFindings(issues: readonly z.core.$ZodIssue[], prefix: readonly PathStep[] = []): SchemaFinding[] {
  const findings: SchemaFinding[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map(toStep)];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) findings.push({ kind: 'unknown-key', path, key });
    } else if (issue.code === 'invalid_key') {
      findings.push({ kind: 'invalid-key', path });
    } else if (issue.code === 'invalid_union') {
      const branch = intendedBranch(issue.errors);
      if (branch) findings.push(...schemaFindings(branch, path));
      else findings.push({ kind: 'invalid', path, issue });
    } else {
      findings.push({ kind: 'invalid', path, issue });
    }
  }
  return findings;
}

/**
 * The branch the value was meant for: the only one that accepts its shape and complains only
 * about its parts, else the only one that does not reject its type outright.
 */
function intendedBranch(branches: readonly (readonly z.core.$ZodIssue[])[]): readonly z.core.$ZodIssue[] | undefined {
  const nestedOnly = branches.filter((issues) => issues.every((issue) => issue.path.length > 0));
  if (nestedOnly.length === 1) return nestedOnly[0];
  const typeFits = branches.filter((issues) => !issues.some((issue) => issue.code === 'invalid_type' && issue.path.length === 0));
  return typeFits.length === 1 ? typeFits[0] : undefined;
}

function toStep(step: PropertyKey): PathStep {
  return typeof step === 'number' ? step : String(step);
}

/**
 * True when `path` has the shape of `pattern`, where `*` stands for any key and `#` for any
 * list index.
 */
export function pathMatches(path: readonly PathStep[], pattern: readonly string[]): boolean {
  if (path.length !== pattern.length) return false;
  for (let index = 0; index < pattern.length; index++) {
    const want = pattern[index]!;
    const step = path[index]!;
    if (want === '#' ? typeof step !== 'number' : want === '*' ? typeof step !== 'string' : want !== step) return false;
  }
  return true;
}

/** What a value is, in words, for "should be X, not Y" messages. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number';
  if (typeof value === 'boolean') return 'true/false';
  return 'another kind of value';
}

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/**
 * A key or value the user typed, quoted for a message: control characters become spaces and
 * a long text is cut, so a hostile file cannot flood the problems list or a log.
 */
export function quote(text: string): string {
  const clean = text.replace(CONTROL_CHARACTERS, ' ');
  return `'${clean.length > 40 ? `${clean.slice(0, 39)}…` : clean}'`;
}
