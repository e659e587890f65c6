/**
 * Summarises a V8 CPU profile (`node --cpu-prof`, or `npm run bench -- --profile`): where the
 * time went, by function (self time), by file, and the share spent collecting garbage.
 * Usage: npx tsx bench/profileSummary.ts FILE.cpuprofile [how many rows, default 25]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Self time in milliseconds per profile node id. */
function selfTimes(profile: CpuProfile): Map<number, number> {
  const times = new Map<number, number>();
  for (let index = 0; index < profile.samples.length; index++) {
    const id = profile.samples[index]!;
    times.set(id, (times.get(id) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000);
  }
  return times;
}

function shortUrl(url: string): string {
  const at = url.search(/(server|client|bench|node_modules)\//);
  return at >= 0 ? url.slice(at) : url.replace(/^file:\/\//, '');
}

function top(totals: Map<string, number>, rows: number, all: number): string[] {
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([name, ms]) => `${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / all).toFixed(1).padStart(5)}%  ${name}`);
}

export function summarizeProfile(profile: CpuProfile, rows: number): string {
  const byNode = selfTimes(profile);
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let all = 0;
  for (const node of profile.nodes) {
    const ms = byNode.get(node.id) ?? 0;
    all += ms;
    const frame = node.callFrame;
    const file = frame.url ? shortUrl(frame.url) : '(native)';
    const name = `${frame.functionName || '(anonymous)'}  ${file}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  return [
    `total ${all.toFixed(0)} ms of samples (${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms wall)`,
    '',
    'self time by function:',
    ...top(byFunction, rows, all),
    '',
    'self time by file:',
    ...top(byFile, Math.min(rows, 15), all),
  ].join('\n');
}

if (require.main === module) {
  const [path, rows] = process.argv.slice(2);
  if (!path) {
    process.stderr.write('usage: npx tsx bench/profileSummary.ts FILE.cpuprofile [rows]\n');
    process.exit(2);
  }
  process.stdout.write(summarizeProfile(JSON.parse(readFileSync(path, 'utf8')) as CpuProfile, Number(rows ?? 25)) + '\n');
}
