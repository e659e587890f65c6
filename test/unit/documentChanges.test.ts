import { strict as assert } from 'node:assert';
import { EditableDocument } from '../../server/src/editableDocument';
import { ChangeTracker } from '../../server/src/documentChanges';

const URI = 'file:///w/journal.practice';

describe('tracking where an open document changed', () => {
  it('reports one change covering every edit since the text was last taken, against that text', () => {
    const tracker = new ChangeTracker();
    const document = new EditableDocument(URI, 'practice', 1, 'one two three\nfour five\n');
    const before = document.getText();
    tracker.update(document, [{ range: { start: { line: 1, character: 5 }, end: { line: 1, character: 9 } }, text: 'six' }], 2);
    tracker.update(document, [{ range: { start: { line: 0, character: 4 }, end: { line: 0, character: 4 } }, text: 'and ' }, { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, text: '1' }], 3);
    assert.equal(document.getText(), '1 and two three\nfour six\n');
    const change = tracker.take(URI)!;
    assert.equal(change.before, before);
    assert.deepEqual({ start: change.start, oldEnd: change.oldEnd, newEnd: change.newEnd }, { start: 0, oldEnd: 23, newEnd: 24 });
    const after = document.getText();
    assert.equal(after.slice(0, change.start), before.slice(0, change.start));
    assert.equal(after.slice(change.newEnd), before.slice(change.oldEnd));
    assert.equal(tracker.take(URI), undefined, 'taken once');
  });

  it('starts again from the text it was taken at', () => {
    const tracker = new ChangeTracker();
    const document = new EditableDocument(URI, 'practice', 1, 'abc\n');
    tracker.update(document, [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: 'X' }], 2);
    tracker.take(URI);
    const taken = document.getText();
    tracker.update(document, [{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 4 } }, text: '' }], 3);
    assert.deepEqual(tracker.take(URI), { before: taken, start: 3, oldEnd: 4, newEnd: 3 });
  });

  it('knows nothing after a whole-text change, or once the document is forgotten', () => {
    const tracker = new ChangeTracker();
    const document = new EditableDocument(URI, 'practice', 1, 'abc\n');
    tracker.update(document, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'X' }, { text: 'new text\n' }], 2);
    assert.equal(document.getText(), 'new text\n');
    assert.equal(tracker.take(URI), undefined);
    tracker.update(document, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Y' }], 3);
    tracker.forget(URI);
    assert.equal(tracker.take(URI), undefined);
  });
});
