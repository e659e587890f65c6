/**
 * The workspace model for the client's views: answered on request (whole, or as a summary
 * whose long lists come in pages), and announced with a notification (once per burst of
 * changes) whenever it may have changed.
 */
import type { Connection } from 'vscode-languageserver';
import type { CrossingModel, MembershipEntry, ModelFilter } from './language/service';
import {
  MODEL_CHANGED_NOTIFICATION,
  type BoundaryObjectsResult,
  type LocateEntryResult,
  type ModelChangedParams,
  type ModelResult,
  type ModelSummaryResult,
  type PageResult,
} from './protocol';
import type { Settings } from './settings';
import type { WorkspaceIndex } from './workspace';

/** Params as they arrive: anything at all, read field by field. */
type Untrusted = Record<string, unknown> | null | undefined;

export class ModelFeed {
  private revision = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly index: WorkspaceIndex,
    private readonly settings: () => Settings,
    private readonly delayMs: number,
  ) {
    index.onDidChange(() => this.changed());
  }

  request(params: Untrusted): ModelResult | ModelSummaryResult {
    const filter = filterOf(params);
    const me = this.settings().me;
    const extra = { revision: this.revision, ...(me === undefined ? {} : { me }) };
    const service = this.index.current();
    return params?.['summary'] === true ? { summary: service.getModelSummary(filter), ...extra } : { model: service.getModel(filter), ...extra };
  }

  /** The boundary objects the filtered crossings went through. */
  boundaryObjects(params: Untrusted): BoundaryObjectsResult {
    return { objects: this.index.current().getBoundaryObjects(filterOf(params)), revision: this.revision };
  }

  /** A page of one membership's entries; an empty page for a membership that does not exist. */
  membershipEntries(params: Untrusted): PageResult<MembershipEntry> {
    const person = idOf(params?.['person']) ?? '';
    const community = idOf(params?.['community'], '+') ?? '';
    const page = this.index.current().getMembershipEntries({ ...filterOf(params), ...pageOf(params), person, community });
    return { ...page, revision: this.revision };
  }

  /** A page of one direction's crossings under the filter. */
  directionCrossings(params: Untrusted): PageResult<CrossingModel> {
    const direction = params?.['direction'] as Untrusted;
    const from = idOf(direction?.['from'], '+') ?? '';
    const to = idOf(direction?.['to'], '+') ?? '';
    const page = this.index.current().getDirectionCrossings({ ...filterOf(params), ...pageOf(params), direction: { from, to } });
    return { ...page, revision: this.revision };
  }

  /** Where the entry at a journal's line shows in the filtered model. */
  locateEntry(params: Untrusted): LocateEntryResult {
    const uri = params?.['uri'];
    const line = params?.['line'];
    if (typeof uri !== 'string' || typeof line !== 'number' || !Number.isInteger(line)) return null;
    const place = this.index.current().locateEntry({ ...filterOf(params), uri, line });
    return place === undefined ? null : { ...place, revision: this.revision };
  }

  /** Something the model is drawn from changed: announce it after a pause. */
  changed(): void {
    this.revision++;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const params: ModelChangedParams = { revision: this.revision };
      void this.connection.sendNotification(MODEL_CHANGED_NOTIFICATION, params).catch(() => undefined);
    }, this.delayMs);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

/** An id, with its sigil (`@`, `+`) taken off when the client sent it. */
function idOf(value: unknown, sigil = '@'): string | undefined {
  return typeof value === 'string' ? (value.startsWith(sigil) ? value.slice(1) : value) : undefined;
}

function filterOf(params: Untrusted): ModelFilter {
  const filter: ModelFilter = {};
  const person = idOf(params?.['person']);
  if (person !== undefined) filter.person = person;
  if (typeof params?.['from'] === 'string') filter.from = params['from'];
  if (typeof params?.['to'] === 'string') filter.to = params['to'];
  return filter;
}

function pageOf(params: Untrusted): { offset?: number; limit?: number } {
  const offset = params?.['offset'];
  const limit = params?.['limit'];
  return { ...(typeof offset === 'number' ? { offset } : {}), ...(typeof limit === 'number' ? { limit } : {}) };
}
