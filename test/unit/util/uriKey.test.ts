import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { uriKey } from '../../../server/src/language/util/uri';

/** The key as it was defined before unescaped paths were given a shortcut: every segment decoded. */
function decodedKey(uri: string): string {
  const match = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/]*/.exec(uri);
  const prefix = match ? match[0] : '';
  const path = match ? uri.slice(prefix.length) || '/' : uri;
  const decode = (segment: string): string => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  };
  return prefix.toLowerCase() + path.split('/').map(decode).join('/');
}

describe('uriKey', () => {
  it('keeps an unescaped path as it is and lowercases the scheme and authority', () => {
    assert.equal(uriKey('FILE://Host/Work/Journal.practice'), 'file://host/Work/Journal.practice');
    assert.equal(uriKey('file:///a/b c.practice'), 'file:///a/b c.practice');
    assert.equal(uriKey('file://host'), 'file://host/');
  });

  it('decodes escaped segments, so an escaped and a plain spelling name one file', () => {
    assert.equal(uriKey('file:///a/b%20c.practice'), uriKey('file:///a/b c.practice'));
    assert.equal(uriKey('file:///caf%C3%A9/x.practice'), 'file:///café/x.practice');
    assert.equal(uriKey('file:///bad%E0%A4%A/x.practice'), 'file:///bad%E0%A4%A/x.practice');
  });

  it('gives the key every segment decoded would give, for any URI', () => {
    const segment = fc.stringMatching(/^[a-zA-Z0-9 ._~!$&'()*+,;=:@%-]{0,12}$/);
    const uri = fc.tuple(fc.constantFrom('file://', 'FILE://', 'untitled:', 'vscode-vfs://Host'), fc.array(segment, { maxLength: 5 })).map(([scheme, parts]) => scheme + '/' + parts.join('/'));
    fc.assert(fc.property(uri, (value) => assert.equal(uriKey(value), decodedKey(value))), { numRuns: 2000 });
  });
});
