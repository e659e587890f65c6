/** The benchmark's command line. */
import { parseArgs } from 'node:util';
import type { Mode } from './config';

export const SECTIONS = ['core', 'cli', 'editing', 'workspace', 'anchors'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  mode: Mode;
  /** Write a CPU profile (`node --cpu-prof`) of the core run, the first CLI run of each input and each server. */
  profile: boolean;
  /** Exit 1 when a target is short (by default only a crash fails the run). */
  strict: boolean;
  /** Install missing tools (`time`, hledger, ledger) with apt-get; on by default in a full run. */
  install: boolean;
  sections: ReadonlySet<Section>;
}

export const USAGE = `Usage: npm run bench -- [options]

  --quick            Small inputs, few repeats (under a minute); CI runs this
  --only <list>      Only these sections, comma-separated: ${SECTIONS.join(', ')}
  --profile          Write CPU profiles to bench/data/profiles/ (summarise: npx tsx bench/profileSummary.ts FILE)
  --strict           Exit 1 when a target is short
  --install          Install missing anchor tools with apt-get even in quick mode
  --no-install       Never install anything
  -h, --help         Show this help
`;

export function parseOptions(argv: readonly string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean' },
      only: { type: 'string' },
      profile: { type: 'boolean' },
      strict: { type: 'boolean' },
      install: { type: 'boolean' },
      'no-install': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const mode: Mode = values.quick ? 'quick' : 'full';
  const sections = new Set<Section>();
  for (const name of values.only ? values.only.split(',') : SECTIONS) {
    const section = SECTIONS.find((candidate) => candidate === name.trim());
    if (!section) throw new Error(`unknown section '${name}' (use ${SECTIONS.join(', ')})`);
    sections.add(section);
  }
  const install = values['no-install'] ? false : (values.install ?? mode === 'full');
  return { mode, profile: values.profile === true, strict: values.strict === true, install, sections };
}
