import { strict as assert } from 'node:assert';
import { posix } from 'node:path';
import fc from 'fast-check';
import { createLanguageService, dayFromIsoDate } from '../../../server/src/language/service';
import { isConfined, resolveUri } from '../../../server/src/language/util/uri';
import { TODAY } from '../../support/journal';
import { RUNS } from './support';

const ROOT = 'file:///workspace';
const JOURNAL = `${ROOT}/journals/maria/2026-11.practice`;
const LANDSCAPE = 'communities:\n  ward: {}\n';

/** A service whose host records every file the core asks it to read. */
function spiedService(roots: string[]): { service: ReturnType<typeof createLanguageService>; reads: string[] } {
  const reads: string[] = [];
  const service = createLanguageService({
    roots,
    today: () => dayFromIsoDate(TODAY)!,
    readFile: (uri) => {
      reads.push(uri);
      return LANDSCAPE;
    },
  });
  return { service, reads };
}

function journalNaming(path: string): string {
  return `---\nlandscape: ${JSON.stringify(path)}\n---\n2026-11-20 engagement +ward\n  Prose.\n`;
}

/**
 * Where a reader that decodes every escape and takes `\` as a separator (as Windows does)
 * would look for a `file:` URI: an independent model of the worst host.
 */
function placeReadBy(uri: string): string {
  const path = uri.slice('file://'.length).replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return posix.normalize(path.replace(/\\/g, '/'));
}

function isInside(place: string, folder: string): boolean {
  return place === folder || place.startsWith(folder + '/');
}

const segment = fc.constantFrom('..', '.', '', '%2e%2e', '%2E%2e', '..%2F..', '..%5C..', '%2F', '%5C', '\\', 'landscape.yaml', 'shared', 'maria', 'x.practice', '%00', '%', '%zz', '%252e%252e', 'C:', 'file:', '~', '/', 'ü', '%C3%BC', '\ud800', '\udc00x', '%ED%A0%80');
const landscapePath = fc.array(segment, { minLength: 1, maxLength: 8 }).map((parts) => parts.join('/'));

describe('robustness: a landscape path never leaves the workspace', () => {
  for (const path of [
    '../../../landscape.yaml',
    '../../../../etc/landscape.yaml',
    '/etc/landscape.yaml',
    '..\\..\\..\\landscape.yaml',
    '%2e%2e/%2e%2e/%2e%2e/landscape.yaml',
    '..%2F..%2F..%2Flandscape.yaml',
    '..%5C..%5C..%5Clandscape.yaml',
    'shared/..%2F..%2F..%2F..%2Fetc%2Flandscape.yaml',
  ]) {
    it(`refuses '${path}' without asking the host to read anything`, () => {
      const { service, reads } = spiedService([ROOT]);
      service.setFile(JOURNAL, journalNaming(path));
      const rules = service.getDiagnostics(JOURNAL).map((diagnostic) => diagnostic.rule);
      assert.deepEqual(rules, ['landscape-outside-workspace']);
      service.getModel();
      service.features.documentLinks(JOURNAL);
      assert.deepEqual(reads, []);
      assert.deepEqual(service.features.documentLinks(JOURNAL), []);
    });
  }

  it('checks a path holding a lone surrogate without throwing', () => {
    const { service, reads } = spiedService([ROOT]);
    service.setFile(JOURNAL, journalNaming('\udc00../landscape.yaml'));
    assert.deepEqual(service.getDiagnostics(JOURNAL).map((diagnostic) => diagnostic.rule), []);
    assert.deepEqual(reads, [`${ROOT}/journals/maria/%EF%BF%BD../landscape.yaml`]);
    service.setFile(JOURNAL, journalNaming('\ud800/../../../../x/landscape.yaml'));
    assert.deepEqual(service.getDiagnostics(JOURNAL).map((diagnostic) => diagnostic.rule), ['landscape-outside-workspace']);
  });

  it('reads a landscape named inside the workspace, once', () => {
    const { service, reads } = spiedService([ROOT]);
    service.setFile(JOURNAL, journalNaming('../../shared/landscape.yaml'));
    assert.deepEqual(service.getDiagnostics(JOURNAL), []);
    service.setFile(`${ROOT}/other.practice`, journalNaming('journals/../shared/landscape.yaml'));
    service.getDiagnostics(`${ROOT}/other.practice`);
    assert.deepEqual(reads, [`${ROOT}/shared/landscape.yaml`]);
  });

  it("with no workspace folder, reads nothing outside the journal's own folder", () => {
    const { service, reads } = spiedService([]);
    service.setFile(JOURNAL, journalNaming('../landscape.yaml'));
    const [diagnostic] = service.getDiagnostics(JOURNAL);
    assert.equal(diagnostic?.rule, 'landscape-outside-workspace');
    assert.match(diagnostic!.message, /outside this journal's folder, and with no workspace folder open nothing outside it is read/);
    assert.deepEqual(reads, []);
    service.setFile(JOURNAL, journalNaming('./landscape.yaml'));
    assert.deepEqual(service.getDiagnostics(JOURNAL), []);
    assert.deepEqual(reads, [`${ROOT}/journals/maria/landscape.yaml`]);
  });

  it(`asks the host to read only places inside the workspace, for any path (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(landscapePath, fc.boolean(), (path, withRoot) => {
        const roots = withRoot ? [ROOT] : [];
        const folder = withRoot ? '/workspace' : '/workspace/journals/maria';
        const { service, reads } = spiedService(roots);
        service.setFile(JOURNAL, journalNaming(path));
        const rules = service.getDiagnostics(JOURNAL).map((diagnostic) => diagnostic.rule);
        for (const uri of reads) assert.ok(isInside(placeReadBy(uri), folder), `read ${uri} for '${path}'`);
        const target = resolveUri(`${ROOT}/journals/maria`, path);
        const outside = !isInside(placeReadBy(target), folder);
        if (outside) assert.ok(rules.includes('landscape-outside-workspace') || path.trim() === '', `'${path}' leaves the workspace unreported`);
        assert.equal(isConfined(target, roots, JOURNAL), !outside);
      }),
      { numRuns: RUNS },
    );
  });
});
