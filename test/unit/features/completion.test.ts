import { strict as assert } from 'node:assert';
import { completion, type CompletionContext } from '../../../server/src/language/features/completion';
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from '../../../server/src/language/features/shapes';
import type { WorkspaceModel } from '../../../server/src/language/model/types';
import { NEVER_CANCELLED } from '../../../server/src/language/util/cancellation';
import { TODAY } from '../../support/journal';
import { LANDSCAPE, atCursor, landscapeOf, textIn } from './cursor';

const landscape = landscapeOf(LANDSCAPE);

function complete(marked: string, context: Partial<CompletionContext> = {}): { items: CompletionItem[]; text: string } {
  const { syntax, position, text } = atCursor(marked);
  return { items: completion(syntax, position, { today: TODAY, landscape, ...context }, NEVER_CANCELLED).items, text };
}

const labels = (items: CompletionItem[]): string[] => items.map((item) => item.label).sort();

describe('completion: new entries', () => {
  it('offers an entry dated today as a snippet on an empty line at column 0', () => {
    const { items } = complete('2026-11-20 engagement +data-science\n\n<|>');
    assert.equal(items.length, 1);
    assert.equal(items[0]!.kind, CompletionItemKind.Snippet);
    assert.equal(items[0]!.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal(items[0]!.textEdit.newText, '2026-11-21 ${1|engagement,imagination,alignment,crossing,trajectory|} +$2');
    assert.deepEqual(items[0]!.textEdit.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } });
  });

  it('replaces a date being typed with the snippet', () => {
    const { items, text } = complete('2026-1<|>');
    assert.equal(items[0]!.label, TODAY);
    assert.equal(textIn(text, items[0]!.textEdit.range), '2026-1');
  });

  it('offers nothing inside the front matter', () => {
    assert.deepEqual(complete('---\n<|>\n---\n').items, []);
  });
});

describe('completion: entry kinds', () => {
  it('offers the five kinds after a date, with their meaning', () => {
    const { items } = complete('2026-11-21 <|>');
    assert.deepEqual(labels(items), ['alignment', 'crossing', 'engagement', 'imagination', 'trajectory']);
    const engagement = items.find((item) => item.label === 'engagement')!;
    assert.equal(engagement.kind, CompletionItemKind.Keyword);
    assert.equal(engagement.detail, 'Mode of belonging: doing things with others');
    assert.match(engagement.documentation!.value, /To reflect on/);
  });

  it('offers kinds after a time too', () => {
    assert.equal(complete('2026-11-21 09:30 <|>').items.length, 5);
  });

  it('replaces the whole kind word when completing in the middle of it', () => {
    const { items, text } = complete('2026-11-21 enga<|>gment +data-science');
    assert.equal(textIn(text, items[0]!.textEdit.range), 'engagment');
  });

  it('offers nothing inside a title', () => {
    assert.deepEqual(complete('2026-11-21 engagement +data-science "Pair<|>ing"').items, []);
  });
});

describe('completion: references after a sigil', () => {
  it('offers landscape communities after `+`, replacing the typed prefix', () => {
    const { items, text } = complete('2026-11-21 engagement +da<|>');
    const item = items.find((candidate) => candidate.label === '+data-science')!;
    assert.equal(item.detail, 'Data Science Guild');
    assert.equal(item.kind, CompletionItemKind.Module);
    assert.equal(textIn(text, item.textEdit.range), '+da');
    assert.equal(item.textEdit.newText, '+data-science');
  });

  it('leaves out the name being typed when that is its only use', () => {
    assert.ok(!labels(complete('2026-11-21 engagement +da<|>').items).includes('+da'));
  });

  it('offers communities used earlier in the same journal and in the model', () => {
    const model: WorkspaceModel = {
      people: [],
      crossings: [],
      communities: [{ id: 'platform', name: undefined, domain: undefined, stage: undefined, parent: undefined, ancestors: [], members: {}, declared: false }],
    };
    const { items } = complete('2026-11-20 engagement +nursing\n\n2026-11-21 alignment +<|>', { model });
    assert.ok(labels(items).includes('+nursing'));
    assert.ok(labels(items).includes('+platform'));
  });

  it('sorts declared ids before ids only used in journals', () => {
    const { items } = complete('2026-11-20 engagement +nursing\n\n2026-11-21 alignment +<|>');
    const declared = items.find((item) => item.label === '+org')!;
    const used = items.find((item) => item.label === '+nursing')!;
    assert.ok(declared.sortText! < used.sortText!);
  });

  it('offers people after `@` in prose', () => {
    const { items } = complete('2026-11-21 engagement +org\n  Talked with @<|>');
    assert.deepEqual(labels(items), ['@ana', '@li', '@maria']);
  });

  it('offers tags used in the journal after `#`', () => {
    const { items } = complete('2026-11-20 engagement +org\n  about #lineage\n\n2026-11-21 engagement +org\n  more #<|>');
    assert.deepEqual(labels(items), ['#lineage']);
  });

  it('offers communities with their sigil on a blank among the header arguments', () => {
    const { items } = complete('2026-11-21 crossing +org -> <|>');
    assert.equal(items.find((item) => item.label === '+clinical-ops')?.textEdit.newText, '+clinical-ops');
  });

  it('offers nothing after a sigil glued to a word, like an e-mail address', () => {
    assert.deepEqual(complete('2026-11-21 engagement +org\n  mail ana@<|>').items, []);
  });

  it('offers people right after `with: `, inserting the sigil', () => {
    const { items } = complete('2026-11-21 engagement +org\n  with: <|>');
    assert.equal(items.find((item) => item.label === '@li')?.textEdit.newText, '@li');
  });
});

describe('completion: trajectory kinds', () => {
  it('offers trajectory kinds after `trajectory +community `', () => {
    const { items } = complete('2026-11-21 trajectory +data-science <|>');
    assert.deepEqual(labels(items), ['boundary', 'inbound', 'insider', 'outbound', 'peripheral']);
    assert.equal(items[0]!.kind, CompletionItemKind.EnumMember);
  });

  it('offers communities, not trajectory kinds, before the community', () => {
    assert.ok(labels(complete('2026-11-21 trajectory <|>').items).every((label) => label.startsWith('+')));
  });
});

describe('completion: field keys', () => {
  it('offers the keys a crossing takes, inserting `: ` and asking for values', () => {
    const { items } = complete('2026-11-21 crossing +data-science -> +clinical-ops\n  <|>');
    assert.deepEqual(labels(items), ['as', 'energy', 'interaction', 'tags', 'via', 'with']);
    const via = items.find((item) => item.label === 'via')!;
    assert.equal(via.textEdit.newText, 'via: ');
    assert.equal(via.command?.command, 'editor.action.triggerSuggest');
    assert.equal(via.detail, 'The boundary object that carried the crossing');
  });

  it('offers `from` on a trajectory and leaves out keys already used', () => {
    const { items } = complete('2026-11-21 trajectory +data-science inbound\n  from: peripheral\n  en<|>');
    assert.deepEqual(labels(items), ['energy', 'tags', 'with']);
  });

  it('replaces the partial key under the cursor', () => {
    const { items, text } = complete('2026-11-21 engagement +org\n  ene<|>');
    assert.equal(textIn(text, items[0]!.textEdit.range), 'ene');
  });

  it('offers no keys once the reflection has started', () => {
    assert.deepEqual(complete('2026-11-21 engagement +org\n  We met.\n  <|>').items, []);
  });
});

describe('completion: field values', () => {
  it('offers the energy values after `energy: `', () => {
    const { items } = complete('2026-11-21 engagement +org\n  energy: <|>');
    assert.deepEqual(labels(items), ['draining', 'energizing', 'neutral']);
    assert.match(items[0]!.documentation!.value, /To reflect on/);
  });

  it('replaces the whole value word when completing in the middle of it', () => {
    const { items, text } = complete('2026-11-21 engagement +org\n  energy: ener<|>giz');
    assert.equal(textIn(text, items[0]!.textEdit.range), 'energiz');
  });

  it('adds the space when the cursor is right after the colon', () => {
    const { items } = complete('2026-11-21 engagement +org\n  energy:<|>');
    assert.equal(items.find((item) => item.label === 'neutral')?.textEdit.newText, ' neutral');
  });

  it('offers trajectory kinds after `from: `', () => {
    assert.equal(complete('2026-11-21 trajectory +org inbound\n  from: <|>').items.length, 5);
  });

  it('offers broker roles after `as: ` and interaction kinds after `interaction: `', () => {
    assert.deepEqual(labels(complete('2026-11-21 crossing +org -> +data-science\n  as: <|>').items), ['outpost', 'pair', 'roamer', 'spanner']);
    assert.deepEqual(labels(complete('2026-11-21 crossing +org -> +data-science\n  interaction: <|>').items), ['encounter', 'periphery', 'practice', 'project']);
  });

  it('offers boundary-object kinds after `via: `', () => {
    assert.deepEqual(labels(complete('2026-11-21 crossing +org -> +data-science\n  via: <|>').items), ['artifact', 'discourse', 'process']);
  });

  it('offers boundary objects of the kind after `via: KIND `', () => {
    const { items } = complete('2026-11-21 crossing +org -> +data-science\n  via: artifact <|>');
    assert.deepEqual(labels(items), ['discharge-dashboard']);
    assert.equal(items[0]!.detail, 'discharge dashboard');
  });
});
