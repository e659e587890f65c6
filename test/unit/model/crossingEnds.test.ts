import { strict as assert } from 'node:assert';
import { journal, workspace } from '../../support/journal';

describe('model: the ends of a crossing', () => {
  it('reads from and to around the arrow, as the checks do', () => {
    const service = workspace(journal`
      ---
      author: maria
      ---
      2026-11-20 crossing +a +b -> +c
    `);
    const [crossing] = service.getModel().crossings;
    assert.deepEqual([crossing?.from, crossing?.to], ['a', 'c']);
  });

  it('leaves out a crossing from a community to itself', () => {
    const service = workspace(journal`
      2026-11-20 crossing +a -> +a
    `);
    assert.equal(service.getModel().crossings.length, 0);
  });
});

describe('service: the recent model for completion', () => {
  it('knows a journal added since it was built, but not an edit to one it already holds', () => {
    const service = workspace(journal`
      2026-11-20 engagement +first
    `);
    assert.deepEqual(service.getRecentModel().communities.map((community) => community.id), ['first']);
    service.setFile('file:///workspace/journal/other.practice', '2026-11-20 engagement +second\n');
    assert.deepEqual(service.getRecentModel().communities.map((community) => community.id), ['first', 'second']);
    service.setFile('file:///workspace/journal/other.practice', '2026-11-20 engagement +third\n');
    assert.deepEqual(service.getRecentModel().communities.map((community) => community.id), ['first', 'second']);
    assert.deepEqual(service.getModel().communities.map((community) => community.id), ['first', 'third']);
  });
});

describe('service: the nearest landscape, remembered per folder', () => {
  it('switches to a landscape added nearer to the journal after the first look', () => {
    const service = workspace('2026-11-20 engagement +near\n  Prose.\n', { landscape: 'communities:\n  far: {}\n' });
    const before = service.getDiagnostics('file:///workspace/journal/2026-11.practice').map((diagnostic) => diagnostic.rule);
    assert.ok(before.includes('unknown-community'));
    service.setFile('file:///workspace/journal/landscape.yaml', 'communities:\n  near: {}\n');
    const after = service.getDiagnostics('file:///workspace/journal/2026-11.practice').map((diagnostic) => diagnostic.rule);
    assert.ok(!after.includes('unknown-community'), after.join(', '));
    service.deleteFile('file:///workspace/journal/landscape.yaml');
    assert.ok(service.getDiagnostics('file:///workspace/journal/2026-11.practice').some((diagnostic) => diagnostic.rule === 'unknown-community'));
  });
});
