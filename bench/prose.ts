/** The generators' building blocks: a seeded random source, picks, dates and wrapped prose. */

export const COMMUNITIES = ['data-science', 'clinical-ops', 'analytics', 'nursing-network', 'ward-7', 'platform', 'research-ethics', 'patient-voice'];
export const PEOPLE = ['maria', 'ana', 'li', 'tomas', 'aisha', 'jonas', 'mei', 'kofi', 'sara', 'noor'];
export const TAGS = ['lineage', 'handover', 'retro', 'mentoring', 'safety', 'dashboards', 'rota', 'onboarding'];
const REFERENCES = { communities: COMMUNITIES, people: PEOPLE, tags: TAGS };

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

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** `count` different items (fewer when there are fewer), in a random order. */
export function pickDistinct<T>(random: () => number, items: readonly T[], count: number): T[] {
  const chosen: T[] = [];
  for (let tries = 0; chosen.length < Math.min(count, items.length) && tries < 4 * count; tries++) {
    const item = pick(random, items);
    if (!chosen.includes(item)) chosen.push(item);
  }
  return chosen;
}

/** `YYYY-MM-DD` of a day counted from 1970-01-01. */
export function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export const WORDS = (
  'we talked through the handover and I noticed how the ward reads our charts differently than we do ' +
  'the review went slowly but the questions were good and I want to bring them back to the team next week ' +
  'pairing helped me see the checks as a shared language rather than a rule someone imposed on us ' +
  'after the huddle the nurses asked whether the dashboard could show the night shift too which surprised me ' +
  'it still feels awkward to speak up in the guild although everyone there was patient with my questions'
).split(' ');

/** Words with a share of `+community`, `@person` and `#tag` references among them. */
function words(random: () => number, count: number, references: typeof REFERENCES): string[] {
  const out: string[] = [];
  for (let index = 0; index < count; index++) {
    const roll = random();
    if (roll < 0.03) out.push('+' + pick(random, references.communities));
    else if (roll < 0.06) out.push('@' + pick(random, references.people));
    else if (roll < 0.08) out.push('#' + pick(random, references.tags));
    else out.push(pick(random, WORDS));
  }
  return out;
}

/** Lines of at most 78 columns, each starting with `indent`. */
export function wrap(text: readonly string[], indent: string, width = 78): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}


/** About `count` words of prose with references, in one to three paragraphs separated by blank lines. */
export function proseParagraphs(random: () => number, count: number, indent: string): string[] {
  const paragraphs = count > 40 && random() < 0.4 ? 2 + Math.floor(random() * 2) : 1;
  const lines: string[] = [];
  for (let paragraph = 0; paragraph < paragraphs; paragraph++) {
    if (paragraph > 0) lines.push('');
    lines.push(...wrap(words(random, Math.ceil(count / paragraphs), REFERENCES), indent));
  }
  return lines;
}

/** Plain prose words, without references. */
function plainWords(random: () => number, count: number): string[] {
  const out: string[] = [];
  for (let index = 0; index < count; index++) out.push(pick(random, WORDS));
  return out;
}

/** Two to four words, capitalised: an entry or a note title. */
export function titleWords(random: () => number): string {
  const text = plainWords(random, 2 + Math.floor(random() * 3)).join(' ');
  return text[0]!.toUpperCase() + text.slice(1);
}
