import { strict as assert } from 'node:assert';
import { escapeMarkdown } from '../../../server/src/language/features/markdown';

describe('escapeMarkdown', () => {
  it('escapes link, image, emphasis and HTML syntax', () => {
    assert.equal(escapeMarkdown('![x](y) *a* <b>'), '\\!\\[x\\]\\(y\\) \\*a\\* \\<b\\>');
  });

  it('breaks autolinks by escaping their punctuation', () => {
    assert.equal(escapeMarkdown('https://a.example'), 'https\\:\\/\\/a\\.example');
  });

  it('turns line breaks into spaces so a name cannot start a heading or a list', () => {
    assert.equal(escapeMarkdown('a\n# b\r\n- c'), 'a \\# b \\- c');
  });

  it('leaves letters, digits and spaces of any script alone', () => {
    assert.equal(escapeMarkdown('Équipe 東京 7'), 'Équipe 東京 7');
  });
});
