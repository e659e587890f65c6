/**
 * Inputs for the tools the benchmark compares against, made equivalent to a generated journal:
 * the same number of records (transactions, notes) and the same size in bytes, so a ratio of
 * times compares like with like. Seeded and deterministic, as the journals are.
 */
import { COMMUNITIES, isoDate, PEOPLE, pick, seededRandom, titleWords, WORDS, wrap } from './prose';

/** How many records of what size: the shape of the journal to match. */
export interface EquivalentSize {
  seed: number;
  records: number;
  bytes: number;
}

/**
 * Grows each record to its share of the bytes still to write, by adding words to a filler
 * (a comment, a paragraph), so the total lands within a line of `bytes`.
 */
function fill(random: () => number, base: number, budget: number): string[] {
  const words: string[] = [];
  let length = base;
  while (length < budget) {
    const word = pick(random, WORDS);
    words.push(word);
    length += word.length + 1;
  }
  return words;
}

/**
 * An hledger/ledger journal: dated transactions with a payee, a comment of prose and two
 * postings, in date order (the syntax both tools read: `YYYY/MM/DD`, `;` comments).
 */
export function generateLedgerJournal(size: EquivalentSize): string {
  const random = seededRandom(size.seed);
  const parts = ['; generated for the practice-journal benchmark\n'];
  let written = parts[0]!.length;
  let day = 13_000;
  for (let index = 0; index < size.records; index++) {
    if (random() < 0.05) day++;
    const date = isoDate(day).replace(/-/g, '/');
    const amount = (1 + random() * 500).toFixed(2);
    const postings = [`    expenses:${pick(random, COMMUNITIES)}:${pick(random, ['supplies', 'training', 'travel', 'tools'])}    ${amount} EUR`, `    assets:budget:${pick(random, PEOPLE)}`];
    const header = `${date} * ${titleWords(random)}`;
    const base = header.length + postings.join('\n').length + 4;
    const budget = (size.bytes - written) / (size.records - index);
    const comment = wrap(fill(random, base, budget), '    ; ');
    const text = [header, ...comment, ...postings].join('\n') + '\n\n';
    parts.push(text);
    written += text.length;
  }
  return parts.join('');
}

/** Markdown meeting notes: a heading per note, a short list of attendees and mood, then prose. */
export function generateMeetingNotes(size: EquivalentSize): string {
  const random = seededRandom(size.seed);
  const parts = ['# Meeting notes\n\n'];
  let written = parts[0]!.length;
  let day = 13_000;
  for (let index = 0; index < size.records; index++) {
    if (random() < 0.05) day++;
    const heading = `## ${isoDate(day)} ${titleWords(random)} (${pick(random, COMMUNITIES)})`;
    const list = [`- With: ${pick(random, PEOPLE)}, ${pick(random, PEOPLE)}`, `- Energy: ${pick(random, ['energizing', 'neutral', 'draining'])}`];
    const base = heading.length + list.join('\n').length + 6;
    const budget = (size.bytes - written) / (size.records - index);
    const prose = wrap(fill(random, base, budget), '');
    const text = [heading, '', ...list, '', ...prose].join('\n') + '\n\n';
    parts.push(text);
    written += text.length;
  }
  return parts.join('');
}
