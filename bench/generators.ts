/**
 * Seeded, deterministic generators of realistic journals and workspaces for the benchmark:
 * every entry kind, fields, prose with references and tags, and a few mistakes.
 */

/** mulberry32: a small, fast, seeded PRNG, so every run generates the same bytes. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const COMMUNITIES = ['data-science', 'clinical-ops', 'analytics', 'nursing-network', 'ward-7', 'platform', 'research-ethics', 'patient-voice'];
export const PEOPLE = ['maria', 'ana', 'li', 'tomas', 'aisha', 'jonas', 'mei', 'kofi', 'sara', 'noor'];
const TAGS = ['lineage', 'handover', 'retro', 'mentoring', 'safety', 'dashboards', 'rota', 'onboarding'];
const WORDS = (
  'we talked through the handover and I noticed how the ward reads our charts differently than we do ' +
  'the review went slowly but the questions were good and I want to bring them back to the team next week ' +
  'pairing helped me see the checks as a shared language rather than a rule someone imposed on us'
).split(' ');

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function prose(random: () => number, words: number): string {
  const out: string[] = [];
  for (let index = 0; index < words; index++) {
    const roll = random();
    if (roll < 0.04) out.push('+' + pick(random, COMMUNITIES));
    else if (roll < 0.08) out.push('@' + pick(random, PEOPLE));
    else if (roll < 0.1) out.push('#' + pick(random, TAGS));
    else out.push(pick(random, WORDS));
  }
  return out.join(' ');
}

function wrap(text: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.length + word.length > 76) {
      lines.push('  ' + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push('  ' + line);
  return lines.join('\n');
}

function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** One entry; `mistakes` is the share of entries that carry a typo the rules flag. */
function entry(random: () => number, day: number, mistakes: number): string {
  const roll = random();
  const date = isoDate(day);
  const community = pick(random, COMMUNITIES);
  const lines: string[] = [];
  if (roll < 0.6) {
    const kind = pick(random, ['engagement', 'imagination', 'alignment'] as const);
    const typo = random() < mistakes;
    lines.push(`${date} ${typo ? 'engagment' : kind} +${community} "${pick(random, WORDS)} ${pick(random, WORDS)}"`);
    lines.push(`  with: @${pick(random, PEOPLE)}, @${pick(random, PEOPLE)}`);
    lines.push(`  energy: ${random() < mistakes ? 'draning' : pick(random, ['energizing', 'neutral', 'draining'])}`);
  } else if (roll < 0.85) {
    let other = pick(random, COMMUNITIES);
    if (other === community) other = COMMUNITIES[(COMMUNITIES.indexOf(community) + 1) % COMMUNITIES.length]!;
    lines.push(`${date} 09:30 crossing +${community} -> +${other}`);
    lines.push(`  via: ${pick(random, ['artifact', 'discourse', 'process'])} "${pick(random, WORDS)} board"`);
    lines.push(`  as: ${pick(random, ['spanner', 'roamer', 'outpost', 'pair'])}`);
    lines.push(`  interaction: ${pick(random, ['encounter', 'practice', 'periphery', 'project'])}`);
  } else {
    lines.push(`${date} trajectory +${community} ${pick(random, ['peripheral', 'inbound', 'insider', 'boundary', 'outbound'])}`);
    lines.push(`  from: ${pick(random, ['peripheral', 'inbound', 'insider'])}`);
  }
  lines.push('', wrap(prose(random, 20 + Math.floor(random() * 60))));
  return lines.join('\n');
}

export interface JournalOptions {
  seed: number;
  /** Number of entries, or… */
  entries?: number;
  /** …a target size in bytes (the journal grows until it reaches it). */
  bytes?: number;
  author?: string;
  mistakes?: number;
  /** First day (days since the epoch) of the journal. */
  firstDay?: number;
}

/** A journal with front matter, monthly headings and entries in date order. */
export function generateJournal(options: JournalOptions): string {
  const random = seededRandom(options.seed);
  const parts = [`---\nauthor: ${options.author ?? pick(random, PEOPLE)}\n---\n`];
  let size = parts[0]!.length;
  let day = options.firstDay ?? 19_000;
  let month = '';
  const limit = options.entries ?? Number.POSITIVE_INFINITY;
  for (let count = 0; count < limit && (options.bytes === undefined || size < options.bytes); count++) {
    if (random() < 0.5) day++;
    const thisMonth = isoDate(day).slice(0, 7);
    if (thisMonth !== month) {
      month = thisMonth;
      parts.push(`# ${month}\n`);
    }
    const text = entry(random, day, options.mistakes ?? 0.01) + '\n';
    parts.push(text);
    size += text.length + 1;
  }
  return parts.join('\n');
}

/** A landscape declaring the generated communities (with a fractal parent) and people. */
export function generateLandscape(): string {
  const communities = COMMUNITIES.map((id, index) => `  ${id}:${index > 0 && index % 3 === 0 ? `\n    parent: ${COMMUNITIES[index - 1]}` : ' {}'}`).join('\n');
  const people = PEOPLE.map((id) => `  ${id}: {}`).join('\n');
  return `communities:\n${communities}\npeople:\n${people}\nrules:\n  empty-reflection: off\n`;
}
