/**
 * Telling what went wrong with a request to the language server, without loading the language
 * client's library: activation stays small when the commands need only these two questions.
 */

/** JSON-RPC's code for a request the server does not know (ErrorCodes.MethodNotFound). */
const METHOD_NOT_FOUND = -32601;

/** Whether a failed request failed because the server has no such method. */
export function isMethodNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === METHOD_NOT_FOUND;
}

/** An error's message, for a sentence shown to the user or written to the output. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
