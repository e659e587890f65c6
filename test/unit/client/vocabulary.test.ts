import { strict as assert } from 'node:assert';
import * as client from '../../../client/src/pure/vocabulary';
import { BOUNDARY_OBJECT_KINDS, MEMBER_LEVELS, STAGES } from '../../../server/src/language/landscape/types';
import { ENTRY_KINDS, MODE_KINDS, TRAJECTORY_KINDS } from '../../../server/src/language/syntax/ast';
import { BROKER_ROLES, ENERGY_VALUES, INTERACTION_KINDS } from '../../../server/src/language/syntax/fields';
import { IDENTIFIER_PATTERN } from '../../../server/src/language/yaml/identifier';

describe("the client's copy of the language's words", () => {
  it("offers exactly the core's kinds and field values", () => {
    assert.deepEqual(
      [client.MODE_KINDS, client.ENTRY_KINDS, client.TRAJECTORY_KINDS, client.ENERGY_VALUES, client.BROKER_ROLES, client.INTERACTION_KINDS, client.BOUNDARY_OBJECT_KINDS, client.STAGES, client.MEMBER_LEVELS],
      [MODE_KINDS, ENTRY_KINDS, TRAJECTORY_KINDS, ENERGY_VALUES, BROKER_ROLES, INTERACTION_KINDS, BOUNDARY_OBJECT_KINDS, STAGES, MEMBER_LEVELS],
    );
  });

  it('describes every kind', () => {
    assert.deepEqual(Object.keys(client.KIND_DESCRIPTIONS), [...ENTRY_KINDS]);
  });

  it('accepts and refuses the same ids as the core', () => {
    const samples = ['ward-7b', 'data_science', 'ops.north', 'café', '李', '2027-plan', 'x', 'trailing.', '-lead', '_x', 'a b', '', 'é́', 'a+b', 'ends-'];
    assert.deepEqual(samples.map(client.isIdentifier), samples.map((sample) => IDENTIFIER_PATTERN.test(sample)));
  });
});
