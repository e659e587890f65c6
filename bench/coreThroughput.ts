/** A first reading of the core's parse + validate throughput on a generated journal. */
import { createLanguageService } from '../server/src/language/service';
import { generateJournal, generateLandscape } from './generators';

const megabytes = Number(process.argv[2] ?? 50);
const text = generateJournal({ seed: 7, bytes: megabytes * 1_000_000 });
const runs = Number(process.argv[3] ?? 5);
const times: number[] = [];
let entries = 0;
let diagnostics = 0;
for (let run = 0; run < runs; run++) {
  const service = createLanguageService({ roots: ['file:///w'], today: () => 21_000 });
  service.setFile('file:///w/landscape.yaml', generateLandscape());
  const started = process.hrtime.bigint();
  service.setFile('file:///w/big.practice', text);
  diagnostics = service.getDiagnostics('file:///w/big.practice').length;
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
  entries = service.getSyntax('file:///w/big.practice')!.entries.length;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`${(text.length / 1e6).toFixed(1)} MB, ${entries} entries, ${diagnostics} diagnostics`);
console.log(`median ${median.toFixed(0)} ms → ${(text.length / 1e6 / (median / 1000)).toFixed(1)} MB/s, ${Math.round(entries / (median / 1000))} entries/s`);
