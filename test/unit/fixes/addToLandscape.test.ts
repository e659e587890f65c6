import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parse } from 'yaml';
import { fixesFor as coreFixesFor, type FixInput } from '../../../server/src/language/features/fixes';
import { declarationInsertion } from '../../../server/src/language/features/landscapeInsertion';
import { loadLandscape } from '../../../server/src/language/landscape/load';
import type { JournalDiagnostic, LandscapeAddition } from '../../../server/src/language/validation/types';
import { applyOffsetEdits } from '../../../server/src/language/util/textEdits';
import { journal, JOURNAL_URI, LANDSCAPE_URI, workspace } from '../../support/journal';
import { afterFix } from './fixHelpers';

function declare(text: string, id: string, section: LandscapeAddition['section'] = 'people', kind?: 'artifact'): string | undefined {
  const addition: LandscapeAddition = kind ? { section, id, landscapeUri: LANDSCAPE_URI, kind } : { section, id, landscapeUri: LANDSCAPE_URI };
  const edit = declarationInsertion(text, addition);
  return edit && applyOffsetEdits(text, [edit]);
}

describe('add to landscape', () => {
  it('adds a line at the end of a block section, at its indentation', () => {
    const text = journal`
      communities:
          ward-7b:
              name: Ward 7B
          north-guild: {}   # the guild
      # people below
      people:
          ana: {}
    `;
    assert.equal(declare(text, 'li'), `${text}    li: {}\n`);
    assert.equal(
      declare(text, 'pharmacy', 'communities'),
      text.replace('north-guild: {}   # the guild\n', 'north-guild: {}   # the guild\n    pharmacy: {}\n'),
    );
  });

  it('adds after a nested block value, before what follows the section', () => {
    const text = 'communities:\n  ward-7b:\n    name: Ward 7B\n    members: { ana: core }\n\npeople:\n  ana: {}\n';
    assert.equal(declare(text, 'pharmacy', 'communities'), text.replace('core }\n', 'core }\n  pharmacy: {}\n'));
  });

  it('adds inside a flow mapping, with or without items', () => {
    assert.equal(declare('people: {ana: {}, li: {} }\n', 'joe'), 'people: {ana: {}, li: {}, joe: {} }\n');
    assert.equal(declare('people: {ana: {},}\n', 'joe'), 'people: {ana: {}, joe: {}}\n');
    assert.equal(declare('people: {}\n', 'joe'), 'people: {joe: {}}\n');
    assert.equal(declare('people: {\n  ana: {}, # lead\n}\n', 'joe'), 'people: {\n  ana: {}, joe: {} # lead\n}\n');
  });

  it('fills an empty section', () => {
    assert.equal(declare('people:\ncommunities:\n  a: {}\n', 'joe'), 'people:\n  joe: {}\ncommunities:\n  a: {}\n');
    assert.equal(declare('communities:\n  a: {}\npeople:', 'joe'), 'communities:\n  a: {}\npeople:\n  joe: {}');
  });

  it('creates a missing section at the end of the file', () => {
    assert.equal(declare('communities:\n  a: {}\n# end\n', 'joe'), 'communities:\n  a: {}\n# end\npeople:\n  joe: {}\n');
    assert.equal(declare('communities:\n  a: {}', 'joe'), 'communities:\n  a: {}\npeople:\n  joe: {}');
    assert.equal(declare('', 'joe'), 'people:\n  joe: {}\n');
    assert.equal(declare('# nothing yet\n', 'joe'), '# nothing yet\npeople:\n  joe: {}\n');
    assert.equal(declare('{communities: {a: {}}}\n', 'joe'), '{communities: {a: {}}, people: { joe: {} }}\n');
  });

  it("keeps the file's CRLF line breaks and indentation", () => {
    const text = 'communities:\r\n    a: {}\r\npeople:\r\n    ana: {}\r\n';
    assert.equal(declare(text, 'joe'), 'communities:\r\n    a: {}\r\npeople:\r\n    ana: {}\r\n    joe: {}\r\n');
    assert.equal(declare('communities:\r\n    a: {}\r\n', 'joe'), 'communities:\r\n    a: {}\r\npeople:\r\n    joe: {}\r\n');
  });

  it('writes the kind of a boundary object, and quotes an id YAML would read as another type', () => {
    assert.equal(declare('boundary-objects:\n  map: {}\n', 'rota', 'boundary-objects', 'artifact'), 'boundary-objects:\n  map: {}\n  rota: { kind: artifact }\n');
    assert.equal(declare('people:\n  ana: {}\n', '2027'), 'people:\n  ana: {}\n  "2027": {}\n');
    assert.equal(declare('people:\n  ana: {}\n', 'true'), 'people:\n  ana: {}\n  "true": {}\n');
  });

  it('gives no edit when the landscape cannot be edited safely', () => {
    assert.equal(declare('people: [ana, li]\n', 'joe'), undefined);
    assert.equal(declare('people: ~\n', 'joe'), undefined);
    assert.equal(declare('people:\n  ana: {\n', 'joe'), undefined);
    assert.equal(declare('people:\n  joe: {}\n', 'joe'), undefined);
    assert.equal(declare('- a\n- b\n', 'joe'), undefined);
    assert.equal(declare('people:\n  ana: {}\n...\n', 'joe', 'communities'), undefined);
    assert.equal(declare('? [a, b]\n: 1\n', 'joe'), undefined);
  });
});

const PIECES = ['communities:', 'people:', 'boundary-objects:', '  ana: {}', '  li:', '    name: Li', '{', '}', 'people: {ana: {}}', '# note', '', '  ', '- x', '? a', ': b', '...', '---', 'people: ~', '"'];

describe('add to landscape, for any landscape text', () => {
  it('only ever inserts, and the result declares the id and keeps everything else', () => {
    const landscapeText = fc
      .tuple(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
      .map(([lines, newline, finalBreak]) => lines.join(newline) + (finalBreak ? newline : ''));
    fc.assert(
      fc.property(landscapeText, fc.constantFrom('joe', 'ana'), (text, id) => {
        const addition: LandscapeAddition = { section: 'people', id, landscapeUri: LANDSCAPE_URI };
        const edit = declarationInsertion(text, addition);
        if (!edit) return;
        assert.equal(edit.start, edit.end);
        const next = applyOffsetEdits(text, [edit]);
        const value = parse(next) as { people: Record<string, unknown> };
        assert.deepEqual(value.people[id], {});
      }),
      { numRuns: 500 },
    );
  });
});

describe('add-to-landscape fixes', () => {
  const landscapeText = 'communities:\r\n  ward-7b: {}\r\n';
  const landscape = loadLandscape(LANDSCAPE_URI, landscapeText);
  const text = '2026-11-20 engagement +pharmacy\n';
  const diagnostic: JournalDiagnostic = {
    rule: 'unknown-community',
    start: 22,
    end: 31,
    message: '',
    severity: 'warning',
    range: { start: { line: 0, character: 22 }, end: { line: 0, character: 31 } },
    data: { fix: 'add-to-landscape', section: 'communities', id: 'pharmacy', landscapeUri: LANDSCAPE_URI },
  };
  const input: FixInput = { uri: JOURNAL_URI, text, lineStarts: [0, text.length], syntax: undefined, landscape };

  it('edits only the landscape, in its own positions, and is never safe', () => {
    const [fix, ...rest] = coreFixesFor(input, diagnostic);
    assert.equal(rest.length, 0);
    assert.equal(fix!.title, "Add 'pharmacy' to landscape.yaml (communities)");
    assert.deepEqual([fix!.safe, fix!.preferred], [false, false]);
    assert.deepEqual(fix!.edits, [{ uri: LANDSCAPE_URI, edits: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '  pharmacy: {}\r\n' }] }]);
    assert.equal(afterFix(fix!, LANDSCAPE_URI, landscapeText), 'communities:\r\n  ward-7b: {}\r\n  pharmacy: {}\r\n');
  });

  it("declares an undeclared member from the landscape's own diagnostic, in the same file", () => {
    const text = 'communities:\n  ward-7b: { members: { joe: core } }\npeople:\n  ana: {}\n';
    const service = workspace('2026-11-20 engagement +ward-7b\n', { landscape: text });
    const diagnostic = service.getDiagnostics(LANDSCAPE_URI).find((candidate) => candidate.rule === 'unknown-person');
    const add = service.getFixes(LANDSCAPE_URI, diagnostic!).find((fix) => fix.title.startsWith('Add'));
    assert.equal(afterFix(add!, LANDSCAPE_URI, text), `${text}  joe: {}\n`);
  });

  it('is not offered for another landscape than the one in hand, or without one', () => {
    const other = { ...diagnostic, data: { ...diagnostic.data!, landscapeUri: 'file:///workspace/team/landscape.yaml' } } as JournalDiagnostic;
    assert.deepEqual(coreFixesFor(input, other), []);
    assert.deepEqual(coreFixesFor({ ...input, landscape: undefined }, diagnostic), []);
  });
});
