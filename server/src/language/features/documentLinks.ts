import type { FrontMatter } from '../frontMatter';
import type { JournalSyntax } from '../syntax/ast';
import { rangeOf } from '../syntax/text';
import { isConfined, resolveUri, uriDirname } from '../util/uri';
import type { DocumentLink } from './shapes';

/**
 * The front matter's `landscape:` path as a link to the file it names, resolved against the
 * journal's folder. A path that leaves every root (with none given, the journal's folder) gets
 * no link, matching the service, which never reads such a landscape.
 */
export function documentLinks(syntax: JournalSyntax, frontMatter: FrontMatter, uri: string, roots: readonly string[] = []): DocumentLink[] {
  const landscape = frontMatter.landscape;
  if (!landscape || landscape.path.trim() === '') return [];
  const target = resolveUri(uriDirname(uri), landscape.path.trim());
  if (!isConfined(target, roots, uri)) return [];
  const span = { start: Math.max(0, landscape.span.start), end: Math.min(syntax.text.length, landscape.span.end) };
  if (span.end < span.start) return [];
  return [{ range: rangeOf(syntax.text, syntax.lineStarts, span), target, tooltip: 'Open the landscape this journal uses' }];
}
