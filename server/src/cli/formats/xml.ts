/**
 * Escapes text for an XML attribute or element. Characters XML 1.0 cannot carry at all
 * (most control characters, lone surrogates, U+FFFE/U+FFFF) become U+FFFD, so the document
 * stays well-formed whatever a message quotes.
 */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '\uFFFD').replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// Tab, newline and carriage return are allowed; other C0 controls, unpaired surrogates and the
// two non-characters are not.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
