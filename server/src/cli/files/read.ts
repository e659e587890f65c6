import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { firstInvalidUtf8 } from './utf8';

/** A file read as journal text; `bom` remembers a stripped UTF-8 BOM so a fix can put it back. */
export interface TextFile {
  kind: 'text';
  text: string;
  bom: boolean;
}

/** The file vanished (or is a dangling or looping link) between discovery and reading. */
export interface GoneFile {
  kind: 'gone';
  reason: string;
}

/** The file exists but cannot be read (permissions, a folder, an I/O error). */
export interface UnreadableFile {
  kind: 'unreadable';
  reason: string;
}

/** The bytes are not UTF-8 text; `offset` is the first offending byte. */
export interface NotTextFile {
  kind: 'not-text';
  binary: boolean;
  line: number;
  /** 1-based, counted in UTF-16 code units of the valid text before the byte. */
  column: number;
}

export type ReadResult = TextFile | GoneFile | UnreadableFile | NotTextFile;

const GONE_CODES = new Set(['ENOENT', 'ELOOP', 'ENOTDIR']);

/**
 * Reads a regular file synchronously; never throws. Anything else is refused unread: a pipe
 * or a device (say, a link to /dev/zero in a cloned repository) would never finish reading.
 */
export function readSource(path: string): ReadResult {
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return { kind: 'unreadable', reason: stats.isDirectory() ? 'it is a folder' : 'it is a pipe, socket or device, not a regular file' };
    return decode(readFileSync(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = describeError(error);
    return GONE_CODES.has(code) ? { kind: 'gone', reason } : { kind: 'unreadable', reason };
  }
}

/** Decodes journal bytes: UTF-8, an optional BOM, no NUL bytes (a NUL means a binary file). */
export function decode(bytes: Uint8Array): ReadResult {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return notText(bytes, nul, true);
  if (!isUtf8(bytes)) return notText(bytes, firstInvalidUtf8(bytes), false);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', bom ? 3 : 0);
  return { kind: 'text', text, bom };
}

function notText(bytes: Uint8Array, offset: number, binary: boolean): NotTextFile {
  const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let index = bytes.indexOf(0x0a); index !== -1 && index < offset; index = bytes.indexOf(0x0a, index + 1)) line++;
  const before = Buffer.from(bytes.buffer, bytes.byteOffset + lineStart, Math.max(0, offset - lineStart)).toString('utf8');
  return { kind: 'not-text', binary, line, column: before.length + 1 };
}

/** A short human reason for a file-system error, without a stack. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'it no longer exists';
    case 'ELOOP':
      return 'it is a symbolic link loop';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'EIO':
      return 'an input/output error';
    case 'ENOTDIR':
      return 'a part of its path is not a folder';
    case 'ERR_FS_FILE_TOO_LARGE':
    case 'ERR_STRING_TOO_LONG':
      return 'it is too large to read as text';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
