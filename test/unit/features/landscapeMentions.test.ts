import { strict as assert } from 'node:assert';
import { landscapeMentionAt, landscapeMentions } from '../../../server/src/language/features/landscapeMentions';
import { keyRange, landscapeOf } from './cursor';

const TEXT = `communities:
  "lab":
    parent: 'org'
    members: { ana: core }
  org: {}
people:
  ana: {}
boundary-objects:
  map: { kind: artifact, communities: [lab, "org"] }
`;

describe('landscape mentions', () => {
  const mentions = landscapeMentions(landscapeOf(TEXT));
  const summary = mentions.map((mention) => `${mention.role} ${mention.kind}${mention.id} ${TEXT.slice(mention.start, mention.end)} ${mention.plain ? 'plain' : 'quoted'}`);

  it('lists declarations, parents, members and boundary-object communities in text order', () => {
    assert.deepEqual(summary, [
      'declaration +lab lab quoted',
      'parent +org org quoted',
      'member @ana ana plain',
      'declaration +org org plain',
      'declaration @ana ana plain',
      'declaration objectmap map plain',
      'object-community +lab lab plain',
      'object-community +org org quoted',
    ]);
  });

  it('finds the mention under a position', () => {
    const mention = landscapeMentionAt(landscapeOf(TEXT), keyRange(TEXT, 'org').end);
    assert.deepEqual([mention?.role, mention?.id], ['declaration', 'org']);
  });
});
