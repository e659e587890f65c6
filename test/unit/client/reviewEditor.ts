/**
 * A stand-in for the `vscode` module, so the tree providers, the "Reveal in tree" command and
 * the deferred language server run in a plain test process. It has only what those modules
 * touch, and records the messages shown.
 *
 * The modules under test import `vscode`, which the unit tests' TypeScript project does not
 * know, so they are loaded here by a path worked out at run time (from the sources under tsx,
 * from out/ once compiled), and typed by the small interfaces below.
 */
import Module from 'node:module';
import { join } from 'node:path';

type Listener<T> = (value: T) => void;

class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>): { dispose(): void } => {
    this.listeners.push(listener);
    return { dispose: () => void (this.listeners = this.listeners.filter((each) => each !== listener)) };
  };

  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }

  dispose(): void {
    this.listeners = [];
  }
}

class TreeItem {
  id: string | undefined;
  description: string | undefined;
  iconPath: unknown;
  tooltip: unknown;
  contextValue: string | undefined;
  accessibilityInformation: unknown;
  command: unknown;
  constructor(
    readonly label: string,
    readonly collapsibleState: number,
  ) {}
}

class ThemeIcon {
  constructor(readonly id: string) {}
}

class MarkdownString {
  isTrusted = false;
  supportHtml = false;
  constructor(public value = '') {}
  appendMarkdown(text: string): this {
    this.value += text;
    return this;
  }
  appendText(text: string): this {
    this.value += text;
    return this;
  }
}

/** What the commands read of the active editor. */
export interface FakeEditor {
  document: { languageId: string; uri: { toString(): string }; getText(): string };
  selection: { active: { line: number } };
}

/** What the stand-in shows and lets a test set. */
export const editor = {
  messages: [] as string[],
  activeTextEditor: undefined as FakeEditor | undefined,
  /** The answer to the next information message (a button's title), if any. */
  answer: undefined as string | undefined,
};

const window = {
  get activeTextEditor(): FakeEditor | undefined {
    return editor.activeTextEditor;
  },
  showInformationMessage: (message: string): Promise<string | undefined> => {
    editor.messages.push(message);
    return Promise.resolve(editor.answer);
  },
  showErrorMessage: (message: string): Promise<string | undefined> => {
    editor.messages.push(message);
    return Promise.resolve(undefined);
  },
  showWarningMessage: (message: string): Promise<string | undefined> => {
    editor.messages.push(message);
    return Promise.resolve(undefined);
  },
};

const stub = {
  EventEmitter,
  TreeItem,
  ThemeIcon,
  MarkdownString,
  TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
  window,
  workspace: { getConfiguration: () => ({ get: (): undefined => undefined }) },
  commands: { executeCommand: (): Promise<undefined> => Promise.resolve(undefined) },
};

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const loader = Module as unknown as { _load: Loader };
const load = loader._load;
loader._load = function (request: string, parent: unknown, isMain: boolean): unknown {
  return request === 'vscode' ? stub : load.call(this, request, parent, isMain);
};

/** A client module by its path under client/src (without extension). */
export function clientModule<T>(path: string): T {
  // From test/unit/client to the repository (or out/) root, whichever this file runs from.
  // The path is built at run time so the unit tests' project does not compile the client.
  return require(join(__dirname, '..', '..', '..', 'client', 'src', path)) as T;
}
