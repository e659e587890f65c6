/**
 * The offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF), or the length when every byte is valid. Only called
 * once a file is known to be invalid, to say where.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const length = sequenceLength(bytes, index);
    if (length === 0) return index;
    index += length;
  }
  return bytes.length;
}

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80;
}

/** The length of the valid sequence starting at `index`, or 0 when it is invalid. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index]!;
  if (lead < 0x80) return 1;
  const second = bytes[index + 1];
  if (lead >= 0xc2 && lead <= 0xdf) return isContinuation(second) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    if (!isContinuation(second) || !isContinuation(bytes[index + 2])) return 0;
    if (lead === 0xe0 && second! < 0xa0) return 0;
    if (lead === 0xed && second! >= 0xa0) return 0;
    return 3;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    if (!isContinuation(second) || !isContinuation(bytes[index + 2]) || !isContinuation(bytes[index + 3])) return 0;
    if (lead === 0xf0 && second! < 0x90) return 0;
    if (lead === 0xf4 && second! >= 0x90) return 0;
    return 4;
  }
  return 0;
}
