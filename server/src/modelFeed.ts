/**
 * The workspace model for the client's views: answered on request, and announced with a
 * notification (once per burst of changes) whenever it may have changed.
 */
import type { Connection } from 'vscode-languageserver';
import { MODEL_CHANGED_NOTIFICATION, type ModelChangedParams, type ModelParams, type ModelResult } from './protocol';
import type { Settings } from './settings';
import type { WorkspaceIndex } from './workspace';

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

  request(params: ModelParams | null | undefined): ModelResult {
    const filter: ModelParams = {};
    if (typeof params?.person === 'string') filter.person = params.person.replace(/^@/, '');
    if (typeof params?.from === 'string') filter.from = params.from;
    if (typeof params?.to === 'string') filter.to = params.to;
    const model = this.index.current().getModel(filter);
    const me = this.settings().me;
    return { model, revision: this.revision, ...(me === undefined ? {} : { me }) };
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
