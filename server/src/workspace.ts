/**
 * The host side of the language service: which files it holds and where their text comes
 * from. Open documents win over the disk; everything else in the workspace folders is read
 * from disk once and then kept current one watched file at a time.
 */
import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, uriKey, type CancellationToken, type LanguageService } from './language/service';
import type { EditorChange } from './documentChanges';
import { findWorkspaceFiles, isIgnoredPath, uriToPath } from './workspaceFiles';

export type FileKind = 'journal' | 'landscape';

/** One file the index added, replaced or removed. */
export interface IndexChange {
  uri: string;
  kind: FileKind;
}

/** The open documents, as the index sees them (vscode-languageserver's `TextDocuments`). */
export interface OpenDocuments {
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
  /** Where a document changed since this was last asked, when the document manager tracks it. */
  takeChange?(uri: string): EditorChange | undefined;
}

/** What a file is to the language: by name, or by the editor's language id for unsaved ones. */
export function fileKind(uri: string, languageId?: string): FileKind | undefined {
  const name = uri.slice(uri.lastIndexOf('/') + 1).split(/[?#]/)[0]!;
  if (name === 'landscape.yaml' || name === 'landscape.yml') return 'landscape';
  if (name.endsWith('.practice') || languageId === 'practice') return 'journal';
  return undefined;
}

/** Owns the language service and feeds it every journal and landscape of the workspace. */
export class WorkspaceIndex {
  private readonly service: LanguageService;
  private roots: string[] = [];
  /** The document version last given to the service, per open document. */
  private readonly synced = new Map<string, number>();
  /** Bumped per file by every event, so a slower read that an edit overtook is dropped. */
  private readonly sequence = new Map<string, number>();
  private readonly listeners = new Set<(changes: readonly IndexChange[]) => void>();

  constructor(private readonly documents: OpenDocuments, options: { today?: () => number } = {}) {
    this.service = createLanguageService({
      roots: [],
      // The trees of closed journals are let go and parsed again when needed: a workspace of
      // thousands of journals would otherwise keep several times its size in syntax trees.
      retainSyntax: (uri) => this.documents.get(uri) !== undefined,
      readFile: (uri) => this.readNow(uri),
      ...(options.today ? { today: options.today } : {}),
    });
  }

  /** Stops announcing changes (the session is over; reads still in flight land nowhere). */
  dispose(): void {
    this.listeners.clear();
  }

  /** Called with every batch of changes, after the service holds them. */
  onDidChange(listener: (changes: readonly IndexChange[]) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** The workspace folders as URIs. */
  folders(): readonly string[] {
    return this.roots;
  }

  /** Replaces the workspace folders: forgets files of removed ones and reads the new ones. */
  async setFolders(roots: readonly string[], token: CancellationToken): Promise<number> {
    const added = roots.filter((root) => !this.roots.includes(root));
    const removed = this.roots.filter((root) => !roots.includes(root));
    this.roots = [...roots];
    this.service.setRoots([...roots]);
    const changes: IndexChange[] = [];
    for (const uri of this.service.files()) {
      if (removed.some((root) => isUnder(uri, root)) && !this.roots.some((root) => isUnder(uri, root)) && !this.documents.get(uri)) {
        this.service.deleteFile(uri);
        changes.push({ uri, kind: fileKind(uri) ?? 'journal' });
      }
    }
    let read = 0;
    for (const root of added) read += await this.readFolder(root, changes, token);
    this.emit(changes);
    return read;
  }

  /**
   * The service, first brought up to date with every open document's latest version: edits
   * are parsed here, once per version, when something needs them rather than per keystroke.
   */
  current(): LanguageService {
    for (const document of this.documents.all()) this.sync(document);
    return this.service;
  }

  opened(document: TextDocument): void {
    const kind = fileKind(document.uri, document.languageId);
    if (!kind) return;
    this.bump(document.uri);
    this.sync(document);
    this.emit([{ uri: document.uri, kind }]);
  }

  /** An edit: the text is parsed lazily, when something next needs it. */
  changed(document: TextDocument): void {
    const kind = fileKind(document.uri, document.languageId);
    // The editor reports an opened document as changed too; the open already took that version.
    if (!kind || this.synced.get(uriKey(document.uri)) === document.version) return;
    this.bump(document.uri);
    this.emit([{ uri: document.uri, kind }]);
  }

  /** A closed document falls back to its file on disk, or leaves the index when it has none. */
  async closed(uri: string, languageId?: string): Promise<void> {
    const kind = fileKind(uri, languageId);
    if (!kind) return;
    this.synced.delete(uriKey(uri));
    const onDisk = this.isInWorkspace(uri) ? await this.readLatest(uri) : undefined;
    if (onDisk === 'stale') return;
    if (onDisk === undefined) this.service.deleteFile(uri);
    else this.service.setFile(uri, onDisk);
    this.emit([{ uri, kind }]);
  }

  /** A watched file was created, changed or deleted on disk. Open documents keep the editor's text. */
  async fileChanged(uri: string, deleted: boolean): Promise<void> {
    const kind = fileKind(uri);
    if (!kind || this.documents.get(uri) || !this.isInWorkspace(uri)) return;
    const text = deleted ? undefined : await this.readLatest(uri);
    if (text === 'stale' || this.documents.get(uri)) return;
    if (text === undefined) {
      if (!this.service.hasFile(uri)) return;
      this.service.deleteFile(uri);
    } else {
      this.service.setFile(uri, text);
    }
    this.emit([{ uri, kind }]);
  }

  /** True when the service holds the file (open or on disk). */
  holds(uri: string): boolean {
    return this.service.hasFile(uri);
  }

  /** The open document, when the editor has it open. */
  document(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  isOpen(uri: string): boolean {
    return this.documents.get(uri) !== undefined;
  }

  /** The open document's version, or null for a file known only from disk. */
  version(uri: string): number | null {
    return this.documents.get(uri)?.version ?? null;
  }

  /** The current text of a file the index holds. */
  text(uri: string): string | undefined {
    const document = this.documents.get(uri);
    if (document) return document.getText();
    return this.service.getText(uri);
  }

  /** Every journal and landscape held, open or not. */
  files(): string[] {
    return this.service.files();
  }

  private sync(document: TextDocument): void {
    const key = uriKey(document.uri);
    if (this.synced.get(key) === document.version || !fileKind(document.uri, document.languageId)) return;
    this.service.setFile(document.uri, document.getText(), this.documents.takeChange?.(document.uri));
    this.synced.set(key, document.version);
  }

  private async readFolder(root: string, changes: IndexChange[], token: CancellationToken): Promise<number> {
    const found = await findWorkspaceFiles(root, token);
    let read = 0;
    if (!this.roots.includes(root)) return read;
    const batch = 32;
    for (let index = 0; index < found.length && !token.isCancellationRequested; index += batch) {
      const texts = await Promise.all(found.slice(index, index + batch).map((uri) => this.readLatest(uri).then((text) => ({ uri, text }))));
      // The folder left the workspace while it was being read: the rest of the read is stale.
      if (!this.roots.includes(root)) break;
      for (const { uri, text } of texts) {
        if (typeof text !== 'string' || this.documents.get(uri)) continue;
        this.service.setFile(uri, text);
        changes.push({ uri, kind: fileKind(uri)! });
        read++;
      }
    }
    return read;
  }

  /**
   * Reads a regular file; 'stale' when another event for the same file happened meanwhile.
   * Anything else (a pipe, a device, a link to /dev/zero in a cloned repository) reads as no
   * file: reading it might never end.
   */
  private async readLatest(uri: string): Promise<string | undefined | 'stale'> {
    const ticket = this.bump(uri);
    const path = uriToPath(uri);
    let text: string | undefined;
    try {
      text = path === undefined || !(await stat(path)).isFile() ? undefined : await readFile(path, 'utf8');
    } catch {
      text = undefined;
    }
    return this.sequence.get(uriKey(uri)) === ticket ? text : 'stale';
  }

  /** For a landscape a front matter names: the editor's text, else the disk's (a regular file only). */
  private readNow(uri: string): string | undefined {
    const document = this.documents.get(uri);
    if (document) return document.getText();
    const path = uriToPath(uri);
    if (path === undefined) return undefined;
    try {
      return statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  }

  private bump(uri: string): number {
    const key = uriKey(uri);
    const next = (this.sequence.get(key) ?? 0) + 1;
    this.sequence.set(key, next);
    return next;
  }

  private isInWorkspace(uri: string): boolean {
    return this.roots.some((root) => {
      const relative = relativeTo(uri, root);
      return relative !== undefined && !isIgnoredPath(relative);
    });
  }

  private emit(changes: readonly IndexChange[]): void {
    if (changes.length === 0) return;
    for (const listener of this.listeners) listener(changes);
  }
}

/** `uri`'s path below `root`, or undefined when it is not inside it. */
function relativeTo(uri: string, root: string): string | undefined {
  const parent = uriKey(root).replace(/\/+$/, '');
  const child = uriKey(uri);
  if (child === parent) return '';
  return child.startsWith(parent + '/') ? child.slice(parent.length + 1) : undefined;
}

function isUnder(uri: string, root: string): boolean {
  return relativeTo(uri, root) !== undefined;
}
