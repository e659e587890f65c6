import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { starterLandscape, yamlId } from '../../../client/src/pure/starterLandscape';
import { journal, JOURNAL_URI, LANDSCAPE_URI, workspace } from '../../support/journal';
import { JOURNAL, LANDSCAPE } from './fixture';

/** The starter landscape for a journal (with the fixture landscape when given one), from the summary and objects the command asks for. */
function starterFor(text: string, landscape?: string): string {
  const service = workspace(text, landscape === undefined ? {} : { landscape });
  return starterLandscape(service.getModelSummary(), service.getBoundaryObjects());
}

const UNDECLARED = journal`
  ---
  author: maria
  ---
  2026-11-02 engagement +ward-7b +true
    with: @ana
    Huddle.

  2026-11-03 crossing +ward-7b -> +data-team "Upstairs"
    via: artifact falls-sheet
    Took the sheet up.

  2026-11-04 crossing +data-team -> +2027-plan
    via: discourse "what counts as a fall"
    Argued.
`;

/** The diagnostics of the starter landscape itself, and of the journal once it uses it. */
function checkedWith(text: string): { landscape: string[]; journal: string[] } {
  const landscapeText = starterFor(text);
  const service = workspace(text, { landscape: landscapeText });
  return {
    landscape: service.getDiagnostics(LANDSCAPE_URI).map((diagnostic) => diagnostic.rule),
    journal: service.getDiagnostics(JOURNAL_URI).filter((diagnostic) => diagnostic.severity !== 'info').map((diagnostic) => diagnostic.rule),
  };
}

describe('the starter landscape', () => {
  it('declares every community, person and boundary-object id the journals use, so none is reported unknown', () => {
    assert.deepEqual(checkedWith(UNDECLARED), { landscape: [], journal: [] });
  });

  it('is itself a landscape without problems', () => {
    assert.deepEqual(checkedWith(JOURNAL).landscape, []);
  });

  it('keeps what is already known: names, parents and members', () => {
    const parsed = parse(starterFor(JOURNAL, LANDSCAPE)) as { communities: Record<string, unknown>; people: Record<string, unknown> };
    assert.deepEqual(parsed.communities['chapter'], { name: "St Brigid's chapter", parent: 'guild', members: { maria: 'core' } });
    assert.deepEqual(parsed.people['maria'], { name: 'Maria Okafor' });
    assert.deepEqual(parsed.people['ana'], {});
  });

  it('suggests who writes about a community as its members, in a comment', () => {
    const text = starterFor(UNDECLARED);
    assert.match(text, /^ {4}# members: \{ ana: active, maria: active \} {3}# who writes about it; set each level$/m);
  });

  it('declares boundary objects named by id with the communities they travelled between', () => {
    const parsed = parse(starterFor(UNDECLARED)) as { 'boundary-objects': Record<string, unknown> };
    assert.deepEqual(parsed['boundary-objects'], { 'falls-sheet': { kind: 'artifact', communities: ['data-team', 'ward-7b'] } });
  });

  it('quotes ids YAML would read as something else than a string', () => {
    assert.deepEqual(['ward-7b', 'true', 'No', '2027-plan', 'café'].map(yamlId), ['ward-7b', '"true"', '"No"', '"2027-plan"', 'café']);
    const parsed = parse(starterFor(UNDECLARED)) as { communities: Record<string, unknown> };
    assert.deepEqual(Object.keys(parsed.communities).sort(), ['2027-plan', 'data-team', 'true', 'ward-7b']);
  });

  it('is a valid landscape with commented examples for an empty workspace', () => {
    const text = starterLandscape({ people: [], communities: [], directions: [] }, []);
    assert.deepEqual(workspace('', { landscape: text }).getDiagnostics(LANDSCAPE_URI), []);
    assert.match(text, /^ {2}# ward-7b:$/m);
  });

  it('starts with comments explaining each community key', () => {
    const text = starterFor(JOURNAL, LANDSCAPE);
    for (const key of ['name', 'domain', 'stage', 'parent', 'members']) assert.match(text, new RegExp(`^#\\s+${key}:`, 'm'));
  });
});
