/**
 * A seeded workspace of many small journals for checking the summary and the pages against
 * the whole model: several authors, meeting notes without one, moments in one or two
 * communities with people taking part, trajectories, crossings with and without objects, and
 * dates spread over a year (out of order within a file, some shared across files).
 */
import { ROOT } from './support';

const PEOPLE = ['ana', 'li', 'maria', 'zoe'];
const COMMUNITIES = ['analytics', 'clinical-ops', 'data-science', 'hospital', 'ward'];
const MODES = ['engagement', 'imagination', 'alignment'];
const TRAJECTORIES = ['peripheral', 'inbound', 'insider', 'boundary', 'outbound'];
const OBJECTS = ['via: artifact discharge-dashboard', 'via: process discharge-dashboard', 'via: process "the huddle"', 'via: discourse "the huddle"', ''];

export const GENERATED_LANDSCAPE = [
  'communities:',
  '  data-science: { name: Data Science, parent: analytics, members: { ana: core, maria: active } }',
  '  analytics: { parent: hospital }',
  '  hospital: {}',
  '  ward: { members: { li: peripheral } }',
  'people:',
  '  maria: { name: Maria Lopez }',
  '  ana: {}',
  '  zoe: {}',
  'boundary-objects:',
  '  discharge-dashboard: { kind: artifact, name: discharge dashboard }',
  '',
].join('\n');

/** A small seeded generator (a linear congruential one): the same seed, the same workspace. */
export class Seeded {
  constructor(private state: number) {}

  next(): number {
    this.state = (this.state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return this.state / 2_147_483_648;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

function day(random: Seeded): string {
  const month = 1 + Math.floor(random.next() * 12);
  const date = 1 + Math.floor(random.next() * 28);
  return `2026-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** One journal's text. */
export function generatedJournal(random: Seeded, author: string | undefined, entries: number): string {
  const lines = author === undefined ? [] : ['---', `author: ${author}`, '---'];
  for (let index = 0; index < entries; index++) {
    const roll = random.next();
    const date = day(random);
    if (roll < 0.55) {
      const second = random.next() < 0.3 ? ` +${random.pick(COMMUNITIES)}` : '';
      const header = random.next() < 0.2 ? ` @${random.pick(PEOPLE)}` : '';
      lines.push(`${date} ${random.pick(MODES)} +${random.pick(COMMUNITIES)}${second}${header} "Moment ${index}"`);
      if (random.next() < 0.4) lines.push(`  with: @${random.pick(PEOPLE)}`);
    } else if (roll < 0.7) {
      lines.push(`${date} trajectory +${random.pick(COMMUNITIES)} ${random.pick(TRAJECTORIES)}`);
    } else {
      const from = random.pick(COMMUNITIES);
      const to = random.pick(COMMUNITIES.filter((community) => community !== from));
      lines.push(`${date} crossing +${from} -> +${to}`);
      const object = random.pick(OBJECTS);
      if (object !== '') lines.push(`  ${object}`);
      if (author === undefined) lines.push(`  with: @${random.pick(PEOPLE)}`);
    }
    lines.push('  Notes.', '');
  }
  return lines.join('\n');
}

/** A workspace of `count` journals (every fifth without an author), by URI. */
export function generatedWorkspace(seed: number, count: number): Record<string, string> {
  const random = new Seeded(seed);
  const files: Record<string, string> = { [`${ROOT}/landscape.yaml`]: GENERATED_LANDSCAPE };
  for (let index = 0; index < count; index++) {
    const author = index % 5 === 4 ? undefined : random.pick(PEOPLE);
    files[`${ROOT}/journals/${String(index).padStart(3, '0')}.practice`] = generatedJournal(random, author, 3 + Math.floor(random.next() * 12));
  }
  return files;
}
