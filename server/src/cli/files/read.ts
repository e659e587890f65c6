import { constants as bufferLimits, isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
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
 * Opening never waits: a pipe with no writer would otherwise block `open` itself, before the
 * file's kind can be checked. (Windows has neither the flag nor pipes in the file system.)
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

const SPECIAL_FILE = 'it is a pipe, socket or device, not a regular file';
const TOO_LARGE = 'it is too large to read as text';

/** Files up to this size are read into one buffer kept between reads; larger ones get their own. */
const SCRATCH_BYTES = 1 << 20;
let scratch: Buffer | undefined;

/**
 * Reads a regular file synchronously; never throws. Anything else is refused unread: a pipe
 * or a device (say, a link to /dev/zero in a cloned repository) would never finish reading.
 * One `open`, whose descriptor is then checked and read: no separate `stat` of the path.
 */
export function readSource(path: string): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(path, OPEN_FLAGS);
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { kind: 'unreadable', reason: stats.isDirectory() ? 'it is a folder' : SPECIAL_FILE };
    if (stats.size > bufferLimits.MAX_LENGTH) return { kind: 'unreadable', reason: TOO_LARGE };
    return decode(readAll(fd, stats.size));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = describeError(error);
    return GONE_CODES.has(code) ? { kind: 'gone', reason } : { kind: 'unreadable', reason };
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}

/** The whole file: `size` bytes as `fstat` gave them, or, when it says 0 (as /proc files do), until the end. */
function readAll(fd: number, size: number): Buffer {
  let buffer = size < SCRATCH_BYTES ? (scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES)) : Buffer.allocUnsafe(size);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (size > 0) break;
      const larger = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const read = readSync(fd, buffer, length, (size > 0 ? Math.min(size, buffer.length) : buffer.length) - length, null);
    if (read === 0) break;
    length += read;
    if (size > 0 && length >= size) break;
  }
  return buffer.subarray(0, length);
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Nothing was written through this descriptor; a failed close loses nothing.
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
    case 'ENXIO':
      return SPECIAL_FILE;
    case 'ENOTDIR':
      return 'a part of its path is not a folder';
    case 'ERR_FS_FILE_TOO_LARGE':
    case 'ERR_STRING_TOO_LONG':
      return TOO_LARGE;
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
