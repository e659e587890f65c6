import { strict as assert } from 'node:assert';
import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import { isMethodNotFound, messageOf } from '../../../client/src/pure/serverErrors';

describe('errors from language server requests', () => {
  it('recognizes a request the server does not know, as the JSON-RPC library reports it', () => {
    assert.equal(isMethodNotFound(new ResponseError(ErrorCodes.MethodNotFound, 'Unhandled method practice/lintWorkspace')), true);
  });

  it('does not mistake other failures for an unknown request', () => {
    assert.equal(isMethodNotFound(new ResponseError(ErrorCodes.InternalError, 'boom')), false);
    assert.equal(isMethodNotFound(new ResponseError(ErrorCodes.InvalidParams, 'bad params')), false);
    assert.equal(isMethodNotFound(new Error('the language server is not running')), false);
    assert.equal(isMethodNotFound({ code: String(ErrorCodes.MethodNotFound) }), false);
    for (const value of [undefined, null, -32601, 'MethodNotFound']) assert.equal(isMethodNotFound(value), false);
  });

  it("gives an error's message, or the thrown value as text", () => {
    assert.equal(messageOf(new ResponseError(ErrorCodes.InternalError, 'the model failed')), 'the model failed');
    assert.equal(messageOf(new TypeError('bad input')), 'bad input');
    assert.equal(messageOf('a plain string'), 'a plain string');
    assert.equal(messageOf(42), '42');
  });
});
