import type { Entry, EntryKind, Field, Token } from './ast';
import { TRAJECTORY_KINDS } from './ast';
import { FIELD_KEYS, type FieldKey } from './body';
import { BOUNDARY_OBJECT_KINDS } from '../landscape/types';

export { FIELD_KEYS, type FieldKey };

export const ENERGY_VALUES = ['energizing', 'neutral', 'draining'] as const;
export const BROKER_ROLES = ['spanner', 'roamer', 'outpost', 'pair'] as const;
export const INTERACTION_KINDS = ['encounter', 'practice', 'periphery', 'project'] as const;

/** What each field is for: the entry kinds that take it and, for enums, its values. */
export interface FieldSpec {
  /** Entry kinds the field belongs on; undefined means every kind. */
  on: readonly EntryKind[] | undefined;
  /** The allowed words, for fields whose value is one word from a list. */
  values: readonly string[] | undefined;
}

export const FIELD_SPECS: Readonly<Record<FieldKey, FieldSpec>> = {
  with: { on: undefined, values: undefined },
  tags: { on: undefined, values: undefined },
  energy: { on: undefined, values: ENERGY_VALUES },
  via: { on: ['crossing'], values: undefined },
  as: { on: ['crossing'], values: BROKER_ROLES },
  interaction: { on: ['crossing'], values: INTERACTION_KINDS },
  from: { on: ['trajectory'], values: TRAJECTORY_KINDS },
};

export function isFieldKey(key: string): key is FieldKey {
  return Object.prototype.hasOwnProperty.call(FIELD_SPECS, key);
}

/** The first field with this key, if the entry has one. */
export function fieldOf(entry: Entry, key: FieldKey): Field | undefined {
  return entry.fields.find((field) => field.key.text === key);
}

/** A `via:` value: a boundary-object kind, then a quoted name or a landscape id. */
export interface ViaValue {
  /** Empty (at the quote) when the value starts with a quoted name: the kind is missing. */
  kind: Token;
  /** The quoted name without its quotes; its span includes them. */
  name: (Token & { closed: boolean }) | undefined;
  /** A boundary-object id (an unquoted word). */
  id: Token | undefined;
  /** Anything after the name or id. */
  rest: Token | undefined;
}

export const VIA_KINDS = BOUNDARY_OBJECT_KINDS;

function word(text: string, start: number, end: number): Token {
  let index = start;
  while (index < end && text.charCodeAt(index) !== 32 && text.charCodeAt(index) !== 9) index++;
  return { start, end: index, text: text.slice(start, index) };
}

function skipBlanks(text: string, index: number, end: number): number {
  while (index < end && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index++;
  return index;
}

/** Splits a `via:` field's value into its parts; `text` is the whole journal text. */
export function parseVia(text: string, field: Field): ViaValue | undefined {
  const { start, end } = field.value;
  if (start >= end) return undefined;
  // A value that opens with a quote has no kind; its words belong to the name, never to an id.
  const kind = text.charCodeAt(start) === 34 ? { start, end: start, text: '' } : word(text, start, end);
  let index = skipBlanks(text, kind.end, end);
  let name: ViaValue['name'];
  let id: Token | undefined;
  if (index < end && text.charCodeAt(index) === 34) {
    const close = text.indexOf('"', index + 1);
    const closed = close !== -1 && close < end;
    const nameEnd = closed ? close + 1 : end;
    name = { start: index, end: nameEnd, text: text.slice(index + 1, closed ? close : end), closed };
    index = skipBlanks(text, nameEnd, end);
  } else if (index < end) {
    id = word(text, index, end);
    index = skipBlanks(text, id.end, end);
  }
  const rest = index < end ? { start: index, end, text: text.slice(index, end) } : undefined;
  return { kind, name, id, rest };
}
