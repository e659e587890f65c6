import type { Entry, JournalSyntax, Span } from '../syntax/ast';
import type { FrontMatter } from '../frontMatter';
import type { BoundaryObjectKind, Landscape } from '../landscape/types';
import type { RuleId, Severity } from '../rules';
import type { Range } from '../syntax/text';

/**
 * What a quick fix needs, carried on the diagnostic so fixes dispatch on the rule id and
 * this typed data, never on message text.
 */
export type FixData =
  /**
   * Replace the diagnostic's span with one of these texts (did-you-mean). An unknown reference
   * with close matches also carries `add`, so declaring it instead is offered beside them.
   */
  | { fix: 'replace'; replacements: string[]; add?: LandscapeAddition }
  /** Declare a missing id in the landscape. */
  | ({ fix: 'add-to-landscape' } & LandscapeAddition)
  /** Delete the span `start`..`end` (a whole duplicate line). */
  | { fix: 'delete'; start: number; end: number }
  /** Insert text at an offset (a closing quote, indentation). */
  | { fix: 'insert'; offset: number; text: string }
  /** Reorder the journal's entries by date. */
  | { fix: 'sort-entries' };

/** An id to declare in a landscape, under one of its top-level sections. */
export interface LandscapeAddition {
  section: 'communities' | 'people' | 'boundary-objects';
  id: string;
  landscapeUri: string;
  /** For a boundary object: the kind its `via:` gave, written into the new declaration. */
  kind?: BoundaryObjectKind;
}

/** A finding located by offsets in the text it was found in. */
export interface Problem extends Span {
  rule: RuleId;
  message: string;
  data?: FixData;
}

/** A problem with its effective severity and LSP range, as every adapter shows it. */
export interface JournalDiagnostic extends Problem {
  severity: Severity;
  range: Range;
}

/** Per-rule overrides from the landscape's `rules:` and the user's settings. */
export interface RuleOverride {
  severity?: Severity | 'off';
  /** Day window for the reflective rules. */
  days?: number;
}

export type RuleOverrides = Partial<Record<RuleId, RuleOverride>>;

/** Everything a check may read, and the one way it reports. */
export interface CheckContext {
  readonly syntax: JournalSyntax;
  readonly frontMatter: FrontMatter;
  /** The journal's landscape; undefined when it has none (references are then declared by use). */
  readonly landscape: Landscape | undefined;
  /** Today as days since the epoch. */
  readonly today: number;
  /** The effective day window of a reflective rule (0 = no limit). */
  windowDays(rule: RuleId): number;
  report(problem: Problem): void;
}

/** A check run once per entry. */
export interface EntryCheck {
  readonly rule: RuleId;
  checkEntry(entry: Entry, context: CheckContext): void;
}

/**
 * A check over the whole journal (order, duplicates, balance over time). It reads the entries
 * in one pass, in document order, and may not look back at the entry list: a journal checked
 * as it is parsed lets each entry go once every check has seen it. The headings and stray
 * lines before an entry are in `context.syntax` by the time it is seen.
 */
export interface JournalCheck {
  readonly rule: RuleId;
  /** Starts a pass over one journal; `context` reports into this check's own list. */
  begin(context: CheckContext): JournalPass;
}

/** What every pass learns of the journal only once it has seen all of it. */
export interface SeenJournal {
  /** The latest valid entry date (days since 1970-01-01); undefined when no entry has one. */
  latestDay: number | undefined;
}

/** One journal check's pass over one journal. */
export interface JournalPass {
  /** Sees each entry once, in document order. */
  entry?(entry: Entry): void;
  /** Called once every entry has been seen; reports what the whole journal shows. */
  finish?(journal: SeenJournal): void;
}
