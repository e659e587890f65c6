/**
 * Journals of about 16 KB each, with references, crossings and a few mistakes, so that forty
 * of them hold more text than the language service keeps parsed, and every workspace-wide
 * feature has something to find in each.
 */
import { createLanguageService, type LanguageService } from '../../server/src/language/service';

export const SIZEABLE_LANDSCAPE =
  'communities:\n  data-science: { name: Data science }\n  ops: {}\npeople:\n  ana: {}\n  li: {}\nboundary-objects:\n  dash: { name: Dashboard }\n';

export function sizeableJournal(index: number): string {
  const parts = [`---\nauthor: ${index % 2 === 0 ? 'ana' : 'li'}\ntitle: Journal ${index}\n---\n`];
  for (let entry = 0; entry < 80; entry++) {
    const day = String((entry % 28) + 1).padStart(2, '0');
    const month = String(Math.floor(entry / 28) + 1).padStart(2, '0');
    if (entry % 5 === 0) parts.push(`2026-${month}-${day} crossing +data-science -> +ops "Handover ${entry}"\n  via: dash\n  with: @li\n\n  We carried the dashboard across to +ops with @ana; #retro\n\n`);
    else if (entry % 7 === 0) parts.push(`2026-${month}-${day} engagment +data-science\n  Typed the kind wrong on purpose.\n\n`);
    else parts.push(`2026-${month}-${day} engagement +data-science "Pairing ${index}-${entry}"\n  with: @ana\n  energy: energizing\n\n  Paired with @ana on the +data-science checks; #pairing went well and +unknown-team watched.\n\n`);
  }
  return parts.join('');
}

/** Where `needle` first starts in `text`, one character into it, as an LSP position. */
export function positionOf(text: string, needle: string): { line: number; character: number } {
  const offset = text.indexOf(needle) + 1;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

export const SIZEABLE_ROOT = 'file:///workspace';
export const SIZEABLE_LANDSCAPE_URI = `${SIZEABLE_ROOT}/landscape.yaml`;
/** Forty sizeable journals under `journals/`. */
export const SIZEABLE_JOURNALS = Array.from({ length: 40 }, (_, index) => ({ uri: `${SIZEABLE_ROOT}/journals/j${String(index).padStart(2, '0')}.practice`, text: sizeableJournal(index) }));

/** A service holding the landscape and the forty journals; `retain` as the service's `retainSyntax`. */
export function sizeableService(retain: ((uri: string) => boolean) | undefined): LanguageService {
  const created = createLanguageService({ roots: [SIZEABLE_ROOT], today: () => 20_778, ...(retain ? { retainSyntax: retain } : {}) });
  created.setFile(SIZEABLE_LANDSCAPE_URI, SIZEABLE_LANDSCAPE);
  for (const { uri, text } of SIZEABLE_JOURNALS) created.setFile(uri, text);
  return created;
}
