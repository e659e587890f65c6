/**
 * Which journals' syntax trees the service keeps in memory. A tree takes several times the
 * memory of its text, so in a workspace of thousands of journals a host that says which
 * journals must stay parsed (an editor: the open ones) lets the trees of the others go once
 * they are not among the most recently used: the text stays, and the tree is parsed again
 * when something next needs it. What workspace-wide features read of a journal (its reference
 * table, entry headers and line starts) is kept beside the text once computed, so references,
 * rename and workspace symbols do not parse every journal again.
 */
import { entryHeaders, referenceTable, type JournalFile } from './features/referenceIndex';
import type { JournalSyntax } from './syntax/ast';
import { parseJournal } from './syntax/parser';

/** How trees of journals that need not stay parsed are let go. */
export interface DropPolicy {
  /** Whether the journal's tree may be let go (false for a journal open in the editor). */
  mayDrop(uri: string): boolean;
  /** Called with the tree still held, just before it is let go. */
  beforeDrop(tree: JournalTree): void;
}

/** One version of a journal: its text, and its syntax tree while it is kept. */
export class JournalTree {
  readonly text: string;
  private tree: JournalSyntax | undefined;
  private file: JournalFile | undefined;

  constructor(
    tree: JournalSyntax,
    readonly uri: string,
    readonly key: string,
    private readonly keeper: TreeKeeper,
  ) {
    this.tree = tree;
    this.text = tree.text;
    keeper.used(this);
  }

  /** The syntax tree, parsed again if it was let go. */
  get syntax(): JournalSyntax {
    this.tree ??= parseJournal(this.text);
    this.keeper.used(this);
    return this.tree;
  }

  /** The tree if it is in memory, without parsing or counting as a use. */
  heldSyntax(): JournalSyntax | undefined {
    return this.tree;
  }

  /** True while the tree is in memory. */
  get held(): boolean {
    return this.tree !== undefined;
  }

  /** The journal as workspace-wide features read it, computed on first use and kept. */
  journalFile(): JournalFile {
    if (!this.file) {
      const syntax = this.syntax;
      this.file = { uri: this.uri, text: this.text, lineStarts: syntax.lineStarts, table: referenceTable(syntax), headers: entryHeaders(syntax) };
    }
    return this.file;
  }

  /** Counts as a use of a tree in memory, so it is let go later rather than sooner (or kept track of again). */
  touch(): void {
    if (this.tree) this.keeper.used(this);
  }

  /** Lets go of the tree; the text and the journal file stay. */
  drop(): void {
    this.tree = undefined;
  }
}

/**
 * Keeps the trees of journals that may be let go while they are among the most recently used,
 * up to `budget` UTF-16 units of their texts (the most recent one always stays). Without a
 * policy every tree is kept.
 */
export class TreeKeeper {
  /** In order of last use, oldest first. */
  private readonly recent = new Set<JournalTree>();
  private size = 0;

  constructor(
    private readonly budget: number,
    private readonly policy: DropPolicy | undefined,
  ) {}

  used(tree: JournalTree): void {
    if (!this.policy) return;
    this.forget(tree);
    this.recent.add(tree);
    this.size += tree.text.length;
    for (const oldest of this.recent) {
      if (this.size <= this.budget || oldest === tree) break;
      this.forget(oldest);
      if (this.policy.mayDrop(oldest.uri)) {
        this.policy.beforeDrop(oldest);
        oldest.drop();
      }
    }
  }

  /** The tree is no longer the journal's current one, or the journal left. */
  forget(tree: JournalTree): void {
    if (this.recent.delete(tree)) this.size -= tree.text.length;
  }
}
