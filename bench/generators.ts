/**
 * Seeded, deterministic generators of realistic journals and workspaces for the benchmark:
 * every entry kind and field, prose with references and tags, headings, comments, and a few
 * mistakes of every sort the rules flag. The same options always give the same bytes.
 */
import { COMMUNITIES, isoDate, PEOPLE, pick, pickDistinct, proseParagraphs, seededRandom, TAGS, titleWords, WORDS } from './prose';

export { COMMUNITIES, PEOPLE, seededRandom, TAGS } from './prose';

/** Bumped whenever a generator's output changes, so data written by an older one is regenerated. */
export const GENERATOR_VERSION = 3;

const BOUNDARY_OBJECTS = ['discharge-dashboard', 'handover-sheet', 'lineage-checklist'];
const MODES = ['engagement', 'imagination', 'alignment'] as const;
const TRAJECTORIES = ['peripheral', 'inbound', 'insider', 'boundary', 'outbound'] as const;

type Random = () => number;

/** The mistakes a journal may carry, one per faulty entry: each is a real user slip a rule flags. */
const MISTAKES = [
  'kind-typo',
  'energy-typo',
  'unknown-field',
  'unknown-community',
  'case-mismatch',
  'invalid-date',
  'invalid-time',
  'unterminated-title',
  'same-community',
  'duplicate-field',
  'unindented-line',
] as const;
type Mistake = (typeof MISTAKES)[number];

function people(random: Random, count: number): string[] {
  return pickDistinct(random, PEOPLE, count).map((id) => '@' + id);
}

function title(random: Random, chance: number, mistake: Mistake | undefined): string {
  if (mistake !== 'unterminated-title' && random() >= chance) return '';
  const words = titleWords(random);
  return mistake === 'unterminated-title' ? ` "${words}` : ` "${words}"`;
}

function modeEntry(random: Random, date: string, mistake: Mistake | undefined): string[] {
  const kind = mistake === 'kind-typo' ? pick(random, ['engagment', 'imagnation', 'alignmnet']) : pick(random, MODES);
  let community = '+' + pick(random, COMMUNITIES);
  if (mistake === 'unknown-community') community = '+data-sceince';
  if (mistake === 'case-mismatch') community = '+Ward-7';
  let header = `${date} ${kind} ${community}`;
  if (random() < 0.2) header += ' +' + pick(random, COMMUNITIES);
  if (random() < 0.2) header += ' @' + pick(random, PEOPLE);
  if (random() < 0.15) header += ' #' + pick(random, TAGS);
  const lines = [header + title(random, 0.7, mistake)];
  if (random() < 0.6) lines.push(`  with: ${people(random, 1 + Math.floor(random() * 3)).join(random() < 0.7 ? ', ' : ' ')}`);
  if (random() < 0.2) lines.push(`  tags: ${pickDistinct(random, TAGS, 1 + Math.floor(random() * 2)).map((tag) => '#' + tag).join(' ')}`);
  if (random() < 0.5 || mistake === 'energy-typo' || mistake === 'duplicate-field') {
    lines.push(`  energy: ${mistake === 'energy-typo' ? 'draning' : pick(random, ['energizing', 'neutral', 'draining'])}`);
  }
  if (mistake === 'duplicate-field') lines.push('  energy: neutral');
  if (mistake === 'unknown-field') lines.push('  energie: neutral');
  return lines;
}

function crossingEntry(random: Random, date: string, mistake: Mistake | undefined): string[] {
  const from = pick(random, COMMUNITIES);
  let to = pick(random, COMMUNITIES);
  if (to === from) to = COMMUNITIES[(COMMUNITIES.indexOf(from) + 1) % COMMUNITIES.length]!;
  if (mistake === 'same-community') to = from;
  const lines = [`${date} crossing +${from} -> +${to}${title(random, 0.5, mistake)}`];
  // A crossing without `via:` is what the reflective rule crossing-without-object prompts about.
  if (random() < 0.85) {
    const object = random() < 0.4 ? pick(random, BOUNDARY_OBJECTS) : `"${pick(random, WORDS)} ${pick(random, ['board', 'sheet', 'notes', 'dashboard'])}"`;
    lines.push(`  via: ${pick(random, ['artifact', 'discourse', 'process'])} ${object}`);
  }
  if (random() < 0.7) lines.push(`  as: ${pick(random, ['spanner', 'roamer', 'outpost', 'pair'])}`);
  if (random() < 0.7) lines.push(`  interaction: ${pick(random, ['encounter', 'practice', 'periphery', 'project'])}`);
  if (random() < 0.3) lines.push(`  with: ${people(random, 1).join('')}`);
  if (mistake === 'unknown-field') lines.push('  interation: encounter');
  return lines;
}

function trajectoryEntry(random: Random, date: string, mistake: Mistake | undefined): string[] {
  const kind = mistake === 'kind-typo' ? 'inbund' : pick(random, TRAJECTORIES);
  const lines = [`${date} trajectory +${pick(random, COMMUNITIES)} ${kind}${title(random, 0.3, mistake)}`];
  if (random() < 0.6) lines.push(`  from: ${pick(random, TRAJECTORIES)}`);
  return lines;
}

/** One entry: header, field block, then prose (sometimes none, sometimes several paragraphs). */
function entry(random: Random, date: string, mistake: Mistake | undefined): string {
  const roll = random();
  const lines = roll < 0.7 ? modeEntry(random, date, mistake) : roll < 0.9 ? crossingEntry(random, date, mistake) : trajectoryEntry(random, date, mistake);
  // A few entries hold no reflection yet: the reflective rule empty-reflection prompts about them.
  if (random() < 0.97) {
    lines.push('');
    lines.push(...proseParagraphs(random, 20 + Math.floor(random() * 60), '  '));
  }
  if (mistake === 'unindented-line') lines.push('and this line lost its indentation');
  return lines.join('\n');
}

function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function frontMatter(random: Random, author: string): string {
  const lines = ['---', `author: ${author}`];
  if (random() < 0.5) lines.push(`title: ${author[0]!.toUpperCase()}${author.slice(1)}'s practice journal`);
  if (random() < 0.3) lines.push(`tags: [${pickDistinct(random, TAGS, 2).join(', ')}]`);
  lines.push('---', '');
  return lines.join('\n');
}

export interface JournalOptions {
  seed: number;
  /** Number of entries, or… */
  entries?: number;
  /** …a target size in bytes (the journal grows until it reaches it). */
  bytes?: number;
  author?: string;
  /** The share of entries that carry one mistake a rule flags (default 1%). */
  mistakes?: number;
  /** First day (days since the epoch) of the journal; by default early enough that no entry is in the future. */
  firstDay?: number;
  /** Average number of entries a day. */
  entriesPerDay?: number;
}

/** A journal with front matter, monthly and weekly headings, comments and entries in date order. */
export function generateJournal(options: JournalOptions): string {
  const random = seededRandom(options.seed);
  const parts = [frontMatter(random, options.author ?? pick(random, PEOPLE))];
  let size = parts[0]!.length;
  let day = options.firstDay ?? 13_000;
  let month = '';
  let week = -1;
  const newDay = 1 / (options.entriesPerDay ?? 20);
  const mistakes = options.mistakes ?? 0.01;
  // A day's entries either all carry increasing times or none do, so the journal is in order.
  let timed = false;
  let minutes = 0;
  const limit = options.entries ?? Number.POSITIVE_INFINITY;
  for (let count = 0; count < limit && (options.bytes === undefined || size < options.bytes); count++) {
    if (count === 0 || random() < newDay) {
      day++;
      timed = random() < 0.3;
      minutes = 7 * 60;
    }
    minutes = Math.min(minutes + 1 + Math.floor(random() * 30), 23 * 60 + 59);
    const mistake = random() < mistakes ? pick(random, MISTAKES) : undefined;
    const iso = isoDate(day);
    let date = timed ? `${iso} ${mistake === 'invalid-time' ? '25:' + timeOf(minutes).slice(3) : timeOf(minutes)}` : iso;
    // A day that no month has (the 30th of February, the 32nd of any other month).
    if (mistake === 'invalid-date') date = iso.slice(0, 8) + (iso.slice(5, 7) === '02' ? '30' : '32') + date.slice(10);
    if (iso.slice(0, 7) !== month) {
      month = iso.slice(0, 7);
      parts.push(`# ${month}\n`);
    }
    if (Math.floor((day + 3) / 7) !== week) {
      week = Math.floor((day + 3) / 7);
      parts.push(`## Week of ${iso}\n`);
    }
    if (random() < 0.03) parts.push(`; ${pick(random, ['follow up next week', 'ask about the rota', 'draft, tidy later'])}\n`);
    const text = entry(random, date, mistake) + '\n';
    parts.push(text);
    size += text.length + 1;
  }
  return parts.join('\n');
}

/** A landscape declaring the generated communities (with fractal parents), people and boundary objects. */
export function generateLandscape(): string {
  const stages = ['potential', 'coalescing', 'maturing', 'stewardship', 'transformation'];
  const levels = ['core', 'active', 'peripheral'];
  const communities = COMMUNITIES.map((id, index) => {
    const lines = [`  ${id}:`, `    name: ${id.replace(/-/g, ' ')}`, `    stage: ${stages[index % stages.length]}`];
    if (index > 0 && index % 3 === 0) lines.push(`    parent: ${COMMUNITIES[index - 1]}`);
    const members = PEOPLE.filter((_, person) => (person + index) % 3 === 0).map((person, position) => `${person}: ${levels[position % levels.length]}`);
    lines.push(`    members: { ${members.join(', ')} }`);
    return lines.join('\n');
  });
  const people = PEOPLE.map((id) => `  ${id}: { name: ${id[0]!.toUpperCase()}${id.slice(1)} }`);
  const objects = BOUNDARY_OBJECTS.map((id, index) => `  ${id}: { kind: artifact, name: ${id.replace(/-/g, ' ')}, communities: [${COMMUNITIES[index]}, ${COMMUNITIES[index + 1]}] }`);
  return ['communities:', ...communities, 'people:', ...people, 'boundary-objects:', ...objects, 'rules:', '  chronological-order: warning', ''].join('\n');
}
