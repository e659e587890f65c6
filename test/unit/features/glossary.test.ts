import { strict as assert } from 'node:assert';
import {
  ENERGY_GLOSSARY,
  FIELD_GLOSSARY,
  INTERACTION_GLOSSARY,
  KIND_GLOSSARY,
  LEVEL_GLOSSARY,
  OBJECT_KIND_GLOSSARY,
  ROLE_GLOSSARY,
  STAGE_GLOSSARY,
  TRAJECTORY_GLOSSARY,
  glossaryMarkdown,
  lookup,
  valueGlossary,
} from '../../../server/src/language/features/glossary';
import { ENTRY_KINDS, TRAJECTORY_KINDS } from '../../../server/src/language/syntax/ast';
import { BROKER_ROLES, ENERGY_VALUES, FIELD_KEYS, INTERACTION_KINDS, VIA_KINDS } from '../../../server/src/language/syntax/fields';
import { MEMBER_LEVELS, STAGES } from '../../../server/src/language/landscape/types';

describe('glossary', () => {
  const tables: [Record<string, { term: string; question: string }>, readonly string[]][] = [
    [KIND_GLOSSARY, ENTRY_KINDS],
    [TRAJECTORY_GLOSSARY, TRAJECTORY_KINDS],
    [FIELD_GLOSSARY, FIELD_KEYS],
    [ENERGY_GLOSSARY, ENERGY_VALUES],
    [ROLE_GLOSSARY, BROKER_ROLES],
    [INTERACTION_GLOSSARY, INTERACTION_KINDS],
    [OBJECT_KIND_GLOSSARY, VIA_KINDS],
    [STAGE_GLOSSARY, STAGES],
    [LEVEL_GLOSSARY, MEMBER_LEVELS],
  ];

  it('explains every word of the language, each with one question to reflect on', () => {
    for (const [table, words] of tables) {
      assert.deepEqual(Object.keys(table).sort(), [...words].sort());
      for (const word of words) {
        assert.equal(table[word]!.term, word);
        assert.match(table[word]!.question, /^[A-Z][^?]*\?$/);
      }
    }
  });

  it('finds the value of each enumerated field', () => {
    assert.equal(valueGlossary('from', 'inbound')?.term, 'inbound');
    assert.equal(valueGlossary('via', 'process')?.term, 'process');
    assert.equal(valueGlossary('energy', 'sideways'), undefined);
  });

  it('never answers for inherited object keys', () => {
    assert.equal(lookup(KIND_GLOSSARY, 'constructor'), undefined);
    assert.equal(valueGlossary('as', '__proto__'), undefined);
  });

  it('renders the term, its meaning and the question as Markdown', () => {
    const text = glossaryMarkdown(KIND_GLOSSARY.crossing);
    assert.match(text, /^\*\*crossing\*\* — A move across the boundary between two communities\n\n.+\n\n\*To reflect on:\* .+\?$/s);
  });
});
