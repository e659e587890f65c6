/**
 * The server's own requests and notifications, shared with the client. Only string constants
 * and types live here, so the client can import this file without pulling in the server.
 */
import type { ModelFilter, WorkspaceModel } from './language/service';

export type {
  CommunityModel,
  CrossingModel,
  CrossingObject,
  EntryLocation,
  Membership,
  MembershipEntry,
  ModeCounts,
  ModelFilter,
  PersonModel,
  WorkspaceModel,
} from './language/service';

/** Request: the workspace model for the tree views. Params {@link ModelParams}, result {@link ModelResult}. */
export const MODEL_REQUEST = 'practiceJournal/model';

/** Notification from the server: the model changed, ask again. Params {@link ModelChangedParams}. */
export const MODEL_CHANGED_NOTIFICATION = 'practiceJournal/modelChanged';

/**
 * What to narrow the model to: one person (an id without `@`) and/or an inclusive date range
 * (`YYYY-MM-DD`). `person: 'me'`-style views pass the id from {@link ModelResult.me}.
 */
export type ModelParams = ModelFilter;

export interface ModelResult {
  model: WorkspaceModel;
  /** The `practiceJournal.me` setting (a person id without `@`), when set. */
  me?: string;
  /** Increases with every change to the files or settings; the same params at the same revision give the same model. */
  revision: number;
}

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
