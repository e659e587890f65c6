/**
 * Reads the `practiceJournal` settings from the client: with `workspace/configuration` when it
 * supports that, else from what `workspace/didChangeConfiguration` carries. Refused values
 * fall back to their defaults, with one warning per distinct set of refused values.
 */
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, parseSettings, settingsWarning, type Settings } from './settings';

export const SETTINGS_SECTION = 'practiceJournal';

export class SettingsStore {
  private value: Settings = DEFAULT_SETTINGS;
  private lastWarning: string | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
  ) {}

  get current(): Settings {
    return this.value;
  }

  /**
   * Reads the settings again and returns the previous ones. `pushed` is the `settings` of a
   * didChangeConfiguration notification, used by clients that cannot be asked.
   */
  async reload(pushed?: unknown): Promise<Settings> {
    const raw = this.canPull ? await this.pull() : sectionOf(pushed);
    const { settings, problems } = parseSettings(raw);
    const warning = settingsWarning(problems);
    if (warning !== undefined && warning !== this.lastWarning) void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: warning }).catch(() => undefined);
    this.lastWarning = warning;
    const previous = this.value;
    this.value = settings;
    return previous;
  }

  private async pull(): Promise<unknown> {
    try {
      return await this.connection.workspace.getConfiguration(SETTINGS_SECTION);
    } catch {
      return undefined;
    }
  }
}

function sectionOf(settings: unknown): unknown {
  if (settings === null || typeof settings !== 'object') return undefined;
  return (settings as Record<string, unknown>)[SETTINGS_SECTION];
}
