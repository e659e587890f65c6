import { EditorFeatures } from './editorFeatures';
import { FixBatch } from './features/fixBatch';
import { fixesFor, safeFixFor, type CodeFix, type FixInput } from './features/fixes';
import type { JournalFile } from './features/referenceIndex';
import { loadFrontMatter, type FrontMatter } from './frontMatter';
import { JournalTree, TreeKeeper } from './journalTrees';
import { loadLandscape } from './landscape/load';
import type { Landscape } from './landscape/types';
import { WorkspaceModelBuilder, type ModelFilter } from './model/workspaceModel';
import type { CrossingModel, EntryPlace, MembershipEntry, ModelSummary, ObjectSummary, Page, WorkspaceModel } from './model/types';
import type { DirectionCrossingsQuery, EntryQuery, MembershipEntriesQuery } from './model/queries';
import { RULES } from './rules';
import type { JournalSyntax, Span } from './syntax/ast';
import { parseDay } from './syntax/dates';
import { parseJournal } from './syntax/parser';
import { reparseWithEdit, type SyntaxEdit, type TextChange } from './syntax/incremental';
import { validateEditedJournal, type ValidatedJournal } from './validation/editedJournal';
import { EntryProblemCache } from './validation/entryCache';
import { rangeOf } from './syntax/text';
import { NEVER_CANCELLED, type CancellationToken } from './util/cancellation';
import { applyOffsetEdits, type FileEdit, type OffsetEdit } from './util/textEdits';
import { isConfined, isJournalUri, isLandscapeUri, resolveUri, uriDirname, uriKey } from './util/uri';
import { resolveRules, type EffectiveRules } from './validation/severity';
import type { JournalDiagnostic, Problem, RuleOverrides } from './validation/types';
import { validateJournal, type ValidationInput } from './validation/validate';
import { checkJournalText, type CheckSettings } from './validation/checkText';
import { offsetAt } from './syntax/text';

/**
 * How much journal text (UTF-16 units) may stay parsed beyond the journals the host keeps: a
 * dozen or so journals. Kept small on purpose: while a large workspace is read, a tree let go
 * this soon is usually still young garbage, which costs the collector almost nothing, where a
 * larger budget lets trees age into the old generation and leaves gigabytes for a full
 * collection to clear.
 */
const KEPT_TREES_TEXT = 500_000;

export interface LanguageServiceOptions {
  /**
   * Workspace folders as URIs. A landscape path outside every root is refused, never read; with
   * no roots, one outside the journal's own folder is.
   */
  roots: string[];
  /**
   * Whether a journal's syntax tree must stay in memory. When given, the trees of journals it
   * says need not (an editor: those not open) are let go once they are not among the most
   * recently used, and parsed again when next needed; without it every tree is kept.
   */
  retainSyntax?(uri: string): boolean;
  /**
   * Reads a file the service was not given: a landscape named in front matter. Returns
   * undefined when it cannot be read. Only ever called for URIs inside a root.
   */
  readFile?(uri: string): string | undefined;
  /** Today as days since 1970-01-01; defaults to the host clock (UTC). */
  today?(): number;
  /** The user's rule overrides (applied over each landscape's `rules:`). */
  rules?: RuleOverrides;
}

interface JournalState {
  uri: string;
  /** The text, and its syntax tree while it is kept. */
  tree: JournalTree;
  frontMatter: FrontMatter;
  frontMatterProblems: Problem[];
  /** Diagnostics computed for `generation`; reused until a landscape or setting changes. */
  cached: { generation: number; diagnostics: JournalDiagnostic[] } | undefined;
  /** True once the journal has been edited: its entries' check results are then kept between versions. */
  edited: boolean;
  /** How the syntax was re-parsed from the one before, when it was re-parsed in part. */
  edit: SyntaxEdit | undefined;
  /** The last validation of an edited journal, which the next version's validation starts from. */
  validated: ValidatedJournal | undefined;
}

/** The core's one entry point: files in, diagnostics, fixes and the workspace model out. */
export class LanguageService {
  private readonly journals = new Map<string, JournalState>();
  private readonly landscapes = new Map<string, Landscape>();
  /** Landscapes read on demand because a front matter named them. */
  private readonly namedLandscapes = new Map<string, Landscape | undefined>();
  private readonly model = new WorkspaceModelBuilder();
  /** Journals changed since the model last read them. */
  private readonly modelPending = new Set<string>();
  private recentModel: ModelSummary | undefined;
  /** Lookups valid for one `generation`: effective rules per landscape, nearest landscape per folder. */
  private readonly rulesByLandscape = new Map<Landscape | undefined, EffectiveRules>();
  private readonly nearestByDirectory = new Map<string, Landscape | undefined>();
  private lookupsGeneration = -1;
  private readonly entryProblems = new EntryProblemCache();
  private userRules: RuleOverrides | undefined;
  /** Bumped whenever something every journal's diagnostics depend on changes. */
  private generation = 0;
  /** Completion, hover, navigation, rename, symbols, folding, tokens, links and formatting. */
  readonly features = new EditorFeatures(this, { today: () => this.today(), roots: () => this.options.roots });

  /** The journals' syntax trees: all kept, unless the host says which must stay (`retainSyntax`). */
  private readonly trees: TreeKeeper;

  constructor(private readonly options: LanguageServiceOptions) {
    this.userRules = options.rules;
    const retain = options.retainSyntax;
    this.trees = new TreeKeeper(KEPT_TREES_TEXT, retain ? { mayDrop: (uri) => !retain(uri), beforeDrop: (tree) => this.beforeTreeDrop(tree) } : undefined);
  }

  /**
   * Adds or replaces a journal (`*.practice`) or a landscape (`landscape.yaml`/`.yml`). An
   * editor that knows where the text changed passes `change` (offsets into the text the service
   * holds, and into the new one), which spares comparing the texts; it is ignored unless
   * `change.before` is the text the service holds.
   */
  setFile(uri: string, text: string, change?: TextChange & { before: string }): void {
    const key = uriKey(uri);
    if (isLandscapeUri(uri)) {
      this.landscapes.set(key, loadLandscape(uri, text));
      this.namedLandscapes.clear();
      this.generation++;
      this.recentModel = undefined;
      return;
    }
    const previous = this.journals.get(key);
    if (previous?.tree.text === text) return previous.tree.touch();
    // A new journal may bring names the recent model lacks; an edited one speaks for itself.
    if (!previous) this.recentModel = undefined;
    const hint = change !== undefined && previous !== undefined && change.before === previous.tree.text ? change : undefined;
    // A tree that was let go is not parsed again just to be re-parsed in part.
    const { syntax, edit } = previous?.tree.held ? reparseWithEdit(previous.tree.syntax, text, hint) : { syntax: parseJournal(text), edit: undefined };
    const sameFrontMatter = previous?.tree.held === true && syntax.frontMatter === previous.tree.syntax.frontMatter;
    const { data, problems } = sameFrontMatter ? { data: previous.frontMatter, problems: previous.frontMatterProblems } : loadFrontMatter(syntax);
    if (previous) this.trees.forget(previous.tree);
    this.journals.set(key, {
      uri,
      tree: new JournalTree(syntax, uri, key, this.trees),
      frontMatter: data,
      frontMatterProblems: problems,
      cached: undefined,
      edited: previous !== undefined,
      edit: sameFrontMatter ? edit : undefined,
      validated: previous?.validated,
    });
    // The model reads the journal when next asked for, so typing does not rebuild it per keystroke.
    this.modelPending.add(key);
  }

  deleteFile(uri: string): void {
    const key = uriKey(uri);
    this.recentModel = undefined;
    if (this.landscapes.delete(key)) {
      this.namedLandscapes.clear();
      this.generation++;
    }
    const journal = this.journals.get(key);
    if (journal && this.journals.delete(key)) {
      this.trees.forget(journal.tree);
      this.modelPending.delete(key);
      this.model.removeJournal(uri);
    }
  }

  hasFile(uri: string): boolean {
    const key = uriKey(uri);
    return this.journals.has(key) || this.landscapes.has(key);
  }

  /** Every journal and landscape the service holds. */
  files(): string[] {
    return [...[...this.landscapes.values()].map((landscape) => landscape.uri), ...[...this.journals.values()].map((journal) => journal.uri)];
  }

  setUserRules(rules: RuleOverrides | undefined): void {
    this.userRules = rules;
    this.generation++;
  }

  /** Replaces the workspace folders (a multi-root workspace gained or lost one). */
  setRoots(roots: string[]): void {
    this.options.roots = roots;
    this.namedLandscapes.clear();
    this.generation++;
  }

  /** A journal's or landscape's text as the service holds it, without parsing anything. */
  getText(uri: string): string | undefined {
    const key = uriKey(uri);
    return this.journals.get(key)?.tree.text ?? this.landscapes.get(key)?.text;
  }

  /** Every journal as workspace-wide features (references, rename, symbols) read it. */
  journalFiles(): JournalFile[] {
    return [...this.journals.values()].map((journal) => journal.tree.journalFile());
  }

  /** The parsed journal, for editor features. */
  getSyntax(uri: string): JournalSyntax | undefined {
    return this.journals.get(uriKey(uri))?.tree.syntax;
  }

  getFrontMatter(uri: string): FrontMatter | undefined {
    return this.journals.get(uriKey(uri))?.frontMatter;
  }

  getLandscape(uri: string): Landscape | undefined {
    return this.landscapes.get(uriKey(uri));
  }

  /** The landscape a journal uses: the one its front matter names, else the nearest one above it. */
  landscapeFor(uri: string): Landscape | undefined {
    const journal = this.journals.get(uriKey(uri));
    return journal ? this.resolveLandscape(journal).landscape : undefined;
  }

  getDiagnostics(uri: string, token: CancellationToken = NEVER_CANCELLED): JournalDiagnostic[] {
    const key = uriKey(uri);
    const landscape = this.landscapes.get(key);
    if (landscape) return this.landscapeDiagnostics(landscape);
    const journal = this.journals.get(key);
    if (!journal) return [];
    if (journal.cached?.generation === this.generation) return journal.cached.diagnostics;
    const input: ValidationInput = { syntax: journal.tree.syntax, ...this.checkSettings(journal.uri, journal.frontMatter, journal.frontMatterProblems) };
    let diagnostics: JournalDiagnostic[];
    if (journal.edited) {
      const cache = { entries: this.entryProblems, stamp: `${this.generation}:${this.today()}:${input.landscape?.uri ?? ''}` };
      const result = validateEditedJournal({ ...input, cache }, journal.validated, journal.edit, token);
      diagnostics = result.diagnostics;
      journal.validated = result.validated;
      journal.edit = undefined;
    } else {
      diagnostics = validateJournal(input, token);
    }
    journal.cached = { generation: this.generation, diagnostics };
    return diagnostics;
  }

  /**
   * The diagnostics of a journal's text, found while it is parsed, without the service taking
   * the journal in: for a host that wants nothing else of it (a linter). The same diagnostics
   * as `setFile` then `getDiagnostics`, in a fraction of the time and memory, since no syntax
   * tree is kept. The journal's landscape must already be in the service, or be one it can read.
   */
  checkText(uri: string, text: string, token: CancellationToken = NEVER_CANCELLED): JournalDiagnostic[] {
    if (isLandscapeUri(uri)) {
      const held = this.landscapes.get(uriKey(uri));
      if (held?.text === text) return this.landscapeDiagnostics(held);
      // A landscape checked in passing gets its rules worked out here, not cached by its object.
      const landscape = loadLandscape(uri, text);
      return this.landscapeDiagnostics(landscape, resolveRules(landscape.rules, this.userRules));
    }
    return checkJournalText(
      text,
      (head) => {
        const { data, problems } = loadFrontMatter(head);
        return this.checkSettings(uri, data, problems);
      },
      token,
    );
  }

  /** What the checks read of a journal besides its syntax: its landscape, rules and front matter. */
  private checkSettings(uri: string, frontMatter: FrontMatter, frontMatterProblems: readonly Problem[]): CheckSettings {
    const { landscape, problems } = this.resolveLandscape({ uri, frontMatter });
    return { frontMatter, frontMatterProblems: [...frontMatterProblems, ...problems], landscape, rules: this.rulesFor(landscape), today: this.today() };
  }

  getFixes(uri: string, diagnostic: JournalDiagnostic): CodeFix[] {
    const input = this.fixInput(uri);
    return input ? fixesFor(input, diagnostic) : [];
  }

  /**
   * Applies every safe fix to one file's text, pass after pass until none is left (bounded),
   * and returns the edits per file, as whole-text replacements, plus how many fixes applied.
   */
  fixAll(uri: string, maxPasses = 10): { files: Map<string, string>; applied: number } {
    const files = new Map<string, string>();
    let applied = 0;
    for (let pass = 0; pass < maxPasses; pass++) {
      const perFile = this.collectSafeEdits(uri);
      if (perFile.size === 0) break;
      for (const [target, edits] of perFile) {
        const current = this.currentText(target);
        if (current === undefined) continue;
        const next = applyOffsetEdits(current.text, edits.map((edit) => toOffsetEdit(current.text, current.lineStarts, edit)));
        if (next === current.text) continue;
        applied += edits.length;
        files.set(target, next);
        this.setFile(target, next);
      }
      if (![...perFile.keys()].some((target) => files.has(target))) break;
    }
    return { files, applied };
  }

  /** The workspace model, optionally filtered by person and date range. */
  getModel(filter: ModelFilter = {}): WorkspaceModel {
    return this.currentModel().build(this.allLandscapes(), filter);
  }

  /** The model without its long lists (see `model/types.ts`), filtered as `getModel` is. */
  getModelSummary(filter: ModelFilter = {}): ModelSummary {
    const summary = this.currentModel().summary(this.allLandscapes(), filter);
    if (filter.person === undefined && filter.from === undefined && filter.to === undefined) this.recentModel = summary;
    return summary;
  }

  /** The boundary objects the filtered crossings went through. */
  getBoundaryObjects(filter: ModelFilter = {}): ObjectSummary[] {
    return this.currentModel().boundaryObjects(this.allLandscapes(), filter);
  }

  /** A page of one membership's entries. */
  getMembershipEntries(query: MembershipEntriesQuery): Page<MembershipEntry> {
    return this.currentModel().membershipEntries(query);
  }

  /** A page of one direction's crossings. */
  getDirectionCrossings(query: DirectionCrossingsQuery): Page<CrossingModel> {
    return this.currentModel().directionCrossings(this.allLandscapes(), query);
  }

  /** Where the entry at a journal's line shows in the model, for revealing it in a view. */
  locateEntry(query: EntryQuery): EntryPlace | undefined {
    return this.currentModel().locate(query);
  }

  /** The model builder, once it has read the journals changed since it last did. */
  private currentModel(): WorkspaceModelBuilder {
    for (const key of this.modelPending) {
      const journal = this.journals.get(key);
      if (journal) this.model.updateJournal(journal.uri, journal.tree.syntax, journal.frontMatter);
    }
    this.modelPending.clear();
    return this.model;
  }

  /**
   * The model's summary as last built, without reading the journals edited since: for completion,
   * which runs right after a keystroke and only needs the names the workspace knows (the
   * edited journal's own names come from its syntax).
   */
  getRecentModel(): ModelSummary {
    return this.recentModel ?? this.getModelSummary();
  }

  /**
   * A journal's tree is about to be let go: the model reads it first if it has not yet, and
   * the last validation, which holds the tree and its entries, goes too (the next one then
   * checks the journal whole, with the same result), or the tree would stay in memory.
   */
  private beforeTreeDrop(tree: JournalTree): void {
    const journal = this.journals.get(tree.key);
    const syntax = tree.heldSyntax();
    if (journal?.tree !== tree || !syntax) return;
    journal.validated = undefined;
    journal.edit = undefined;
    if (this.modelPending.delete(tree.key)) this.model.updateJournal(journal.uri, syntax, journal.frontMatter);
  }

  private collectSafeEdits(uri: string): Map<string, FileEdit['edits']> {
    const perFile = new Map<string, FileEdit['edits']>();
    const batch = new FixBatch((target) => this.currentText(target));
    const input = this.fixInput(uri);
    if (!input) return perFile;
    for (const diagnostic of this.getDiagnostics(uri)) {
      const fix = safeFixFor(input, diagnostic);
      if (!fix || !batch.take(fix)) continue;
      for (const fileEdit of fix.edits) {
        const list = perFile.get(fileEdit.uri) ?? [];
        list.push(...fileEdit.edits);
        perFile.set(fileEdit.uri, list);
      }
    }
    return perFile;
  }

  /** What a fix reads for a file: its text and, for a journal, its syntax and the landscape it uses. */
  private fixInput(uri: string): FixInput | undefined {
    const key = uriKey(uri);
    const landscape = this.landscapes.get(key);
    if (landscape) return { uri, text: landscape.text, lineStarts: landscape.lineStarts, syntax: undefined, landscape };
    const journal = this.journals.get(key);
    if (!journal) return undefined;
    const syntax = journal.tree.syntax;
    return { uri, text: syntax.text, lineStarts: syntax.lineStarts, syntax, landscape: this.resolveLandscape(journal).landscape };
  }

  private currentText(uri: string): { text: string; lineStarts: readonly number[] } | undefined {
    const key = uriKey(uri);
    const landscape = this.landscapes.get(key);
    if (landscape) return landscape;
    return this.journals.get(key)?.tree.syntax;
  }

  private landscapeDiagnostics(landscape: Landscape, rules = this.rulesFor(landscape)): JournalDiagnostic[] {
    const diagnostics: JournalDiagnostic[] = [];
    for (const problem of landscape.problems) {
      const severity = rules.severity(problem.rule);
      if (severity === 'off') continue;
      diagnostics.push({ ...problem, severity, range: rangeOf(landscape.text, landscape.lineStarts, problem) });
    }
    return diagnostics.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  private rulesFor(landscape: Landscape | undefined): EffectiveRules {
    this.forgetIfStale();
    let rules = this.rulesByLandscape.get(landscape);
    if (!rules) {
      rules = resolveRules(landscape?.rules, this.userRules);
      this.rulesByLandscape.set(landscape, rules);
    }
    return rules;
  }

  /** Drops the per-landscape and per-folder lookups once a landscape, setting or root changed. */
  private forgetIfStale(): void {
    if (this.lookupsGeneration === this.generation) return;
    this.rulesByLandscape.clear();
    this.nearestByDirectory.clear();
    this.lookupsGeneration = this.generation;
  }

  private today(): number {
    return this.options.today?.() ?? Math.floor(Date.now() / 86_400_000);
  }

  private allLandscapes(): Landscape[] {
    const named = [...this.namedLandscapes.values()].filter((landscape): landscape is Landscape => landscape !== undefined);
    return [...this.landscapes.values(), ...named];
  }

  private resolveLandscape(journal: Pick<JournalState, 'uri' | 'frontMatter'>): { landscape: Landscape | undefined; problems: Problem[] } {
    const named = journal.frontMatter.landscape;
    if (named) return this.namedLandscape(journal.uri, named.path, named.span);
    return { landscape: this.nearestLandscape(journal.uri), problems: [] };
  }

  private namedLandscape(uri: string, path: string, span: Span): { landscape: Landscape | undefined; problems: Problem[] } {
    const target = resolveUri(uriDirname(uri), path);
    if (!isConfined(target, this.options.roots, uri)) {
      const message =
        this.options.roots.length > 0
          ? `The landscape '${path}' is outside the workspace, so it is not read. Move it inside the workspace or remove 'landscape:' to use the nearest landscape.yaml.`
          : `The landscape '${path}' is outside this journal's folder, and with no workspace folder open nothing outside it is read. Open a folder that holds both, or remove 'landscape:'.`;
      return { landscape: undefined, problems: [{ rule: 'landscape-outside-workspace', start: span.start, end: span.end, message }] };
    }
    const key = uriKey(target);
    const landscape = this.landscapes.get(key) ?? this.readNamedLandscape(key, target);
    if (landscape) return { landscape, problems: [] };
    const message = isJournalUri(target)
      ? `'${path}' is a journal, not a landscape. Name a landscape YAML file, or remove 'landscape:' to use the nearest landscape.yaml.`
      : `No landscape at '${path}' (relative to this journal). Fix the path, create the file, or remove 'landscape:'.`;
    return { landscape: undefined, problems: [{ rule: 'landscape-not-found', start: span.start, end: span.end, message }] };
  }

  private readNamedLandscape(key: string, target: string): Landscape | undefined {
    if (this.namedLandscapes.has(key)) return this.namedLandscapes.get(key);
    const text = isJournalUri(target) ? undefined : this.options.readFile?.(target);
    const landscape = text === undefined ? undefined : loadLandscape(target, text);
    this.namedLandscapes.set(key, landscape);
    return landscape;
  }

  /** The nearest landscape for a journal, remembered per folder: journals share few folders. */
  private nearestLandscape(uri: string): Landscape | undefined {
    this.forgetIfStale();
    const folder = uriDirname(uri);
    if (this.nearestByDirectory.has(folder)) return this.nearestByDirectory.get(folder);
    const found = this.searchNearestLandscape(folder);
    this.nearestByDirectory.set(folder, found);
    return found;
  }

  private searchNearestLandscape(folder: string): Landscape | undefined {
    const roots = this.options.roots;
    let directory = folder;
    for (;;) {
      const found = this.landscapes.get(uriKey(directory + '/landscape.yaml')) ?? this.landscapes.get(uriKey(directory + '/landscape.yml'));
      if (found) return found;
      const parent = uriDirname(directory);
      const atRoot = roots.some((root) => uriKey(root).replace(/\/+$/, '') === uriKey(directory));
      if (atRoot || parent === directory) return undefined;
      directory = parent;
    }
  }
}

function toOffsetEdit(text: string, lineStarts: readonly number[], edit: FileEdit['edits'][number]): OffsetEdit {
  return { start: offsetAt(text, lineStarts, edit.range.start), end: offsetAt(text, lineStarts, edit.range.end), text: edit.newText };
}

/** Creates the language service. */
export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  return new LanguageService(options);
}

/** Today's day number from a `YYYY-MM-DD` string, for hosts that take the date as an option. */
export function dayFromIsoDate(value: string): number | undefined {
  return parseDay(value);
}

export { RULES };
export type { CodeFix, FrontMatter, JournalDiagnostic, Landscape, ModelFilter, WorkspaceModel, RuleOverrides };
export type { DirectionCrossingsQuery, EntryQuery, MembershipEntriesQuery, PageRequest } from './model/queries';
export { DEFAULT_PAGE_SIZE } from './model/queries';
export { ruleDocsUrl } from './rules';
export { didYouMean } from './util/didYouMean';

// What the language server adapter needs besides the service itself.
export { CancelledError, type CancellationToken } from './util/cancellation';
export { uriKey } from './util/uri';
export { composeChanges, type TextChange } from './syntax/incremental';
export { moveFixData } from './validation/entryCache';
export { isRuleId, RULE_IDS, type RuleId, type Severity, type SeveritySetting } from './rules';
export type { FixData, LandscapeAddition, RuleOverride } from './validation/types';
export type { FileEdit, TextEdit } from './util/textEdits';
export { lineOfOffset, type Position, type Range } from './syntax/text';
export type * from './model/types';
export type * from './features/shapes';
export type { EditorFeatures } from './editorFeatures';
export type { PrepareRenameResult, RenameResult } from './features/rename';
export { SEMANTIC_TOKENS_LEGEND } from './features/semanticTokens';
