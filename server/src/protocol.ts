/**
 * The server's own requests and notifications, shared with the client. Only string constants
 * and types live here, so the client can import this file without pulling in the server.
 */
import type { EntryPlace, ModelFilter, ModelSummary, ObjectSummary, Page, WorkspaceModel } from './language/service';

export type {
  CommunityModel,
  CrossingModel,
  CrossingObject,
  DirectionSummary,
  EntryLocation,
  EntryPlace,
  Membership,
  MembershipEntry,
  MembershipSummary,
  ModeCounts,
  ModelFilter,
  ModelSummary,
  ObjectSummary,
  Page,
  PersonModel,
  PersonSummary,
  WorkspaceModel,
} from './language/service';

/**
 * Request: the workspace model for the tree views. Params {@link ModelParams}; the result is a
 * {@link ModelSummaryResult} when `summary` is true, else a {@link ModelResult} (the whole model,
 * every entry and crossing included: on a large workspace, hundreds of megabytes).
 */
export const MODEL_REQUEST = 'practiceJournal/model';

/** Notification from the server: the model changed, ask again. Params {@link ModelChangedParams}. */
export const MODEL_CHANGED_NOTIFICATION = 'practiceJournal/modelChanged';

/**
 * Request: a page of one membership's entries, oldest first. Params
 * {@link MembershipEntriesParams}, result {@link PageResult} of `MembershipEntry`.
 */
export const MEMBERSHIP_ENTRIES_REQUEST = 'practiceJournal/membershipEntries';

/**
 * Request: a page of the crossings from one community into another, oldest first. Params
 * {@link DirectionCrossingsParams}, result {@link PageResult} of `CrossingModel`.
 */
export const DIRECTION_CROSSINGS_REQUEST = 'practiceJournal/directionCrossings';

/**
 * Request: the boundary objects the crossings went through, under the filter. Params
 * {@link ModelParams} (without `summary`), result {@link BoundaryObjectsResult}.
 */
export const BOUNDARY_OBJECTS_REQUEST = 'practiceJournal/boundaryObjects';

/**
 * Request: where the entry at a line of a journal shows in the model, to reveal it in a tree.
 * Params {@link LocateEntryParams}, result {@link LocateEntryResult}.
 */
export const LOCATE_ENTRY_REQUEST = 'practiceJournal/locateEntry';

/**
 * What to narrow the model to: one person (an id without `@`) and/or an inclusive date range
 * (`YYYY-MM-DD`). `person: 'me'`-style views pass the id from {@link ModelResult.me}. With
 * `summary: true` the answer leaves out the long lists, which the page requests fetch.
 */
export type ModelParams = ModelFilter & { summary?: boolean };

export interface ModelResult {
  model: WorkspaceModel;
  /** The `practiceJournal.me` setting (a person id without `@`), when set. */
  me?: string;
  /** Increases with every change to the files or settings; the same params at the same revision give the same model. */
  revision: number;
}

/** The answer to a model request with `summary: true`. */
export interface ModelSummaryResult {
  summary: ModelSummary;
  /** The `practiceJournal.me` setting (a person id without `@`), when set. */
  me?: string;
  revision: number;
}

/** Which items of a long list: `limit` (500 unless given) from `offset` (0 unless given) on. */
export interface PageParams {
  offset?: number;
  limit?: number;
}

/** One membership (`person` in `community`), its entries narrowed to the date range, if any. */
export type MembershipEntriesParams = PageParams & { person: string; community: string; from?: string | undefined; to?: string | undefined };

/** One direction (`direction.from` → `direction.to`) under the filter: for a person, the crossings they brokered. */
export type DirectionCrossingsParams = PageParams & ModelFilter & { direction: { from: string; to: string } };

/** A journal and a zero-based line in it, under the views' filter. */
export type LocateEntryParams = ModelFilter & { uri: string; line: number };

/** Part of a long list: `items` from `offset` on, out of `total` (the whole filtered list). */
export interface PageResult<T> extends Page<T> {
  /** The revision the page was read at, as in {@link ModelResult}. */
  revision: number;
}

export interface BoundaryObjectsResult {
  objects: readonly ObjectSummary[];
  revision: number;
}

/**
 * The entry found (the nearest the filter keeps, at or above the line) and where it shows, with
 * the revision it was found at (a tree drawn at another revision must be drawn again before its
 * indexes mean the same); null when none.
 */
export type LocateEntryResult = (EntryPlace & { revision: number }) | null;

export interface ModelChangedParams {
  /** The revision a request made now would return. */
  revision: number;
}

/**
 * Request from the client ("Lint whole workspace"): lint every journal and landscape of the
 * workspace now and, until the server stops, report problems for all of them as the
 * `workspace` diagnostics scope does, whatever `practiceJournal.diagnostics.scope` says. No
 * params; result {@link LintWorkspaceResult}.
 */
export const LINT_WORKSPACE_REQUEST = 'practiceJournal/lintWorkspace';

/** What a workspace lint found: the files linted and the problems per severity (rules set to `off` excluded). */
export interface LintWorkspaceResult {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}
