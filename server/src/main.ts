/**
 * The server's entry point. The transport comes from the command line: `--node-ipc` (the
 * VS Code client), `--stdio` (other editors), `--socket=PORT` or `--pipe=NAME`.
 */
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection());
