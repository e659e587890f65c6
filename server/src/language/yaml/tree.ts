import { isAlias, isMap, isNode, isPair, isScalar, isSeq, visit, type Alias, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Span } from '../syntax/ast';

/** One step of a path into a YAML value: a mapping key or a list index. */
export type PathStep = string | number;

/** Where a path leads in the YAML text: the pair holding the value (for maps), and the value. */
export interface Located {
  pair: Pair | undefined;
  node: Node | undefined;
}

/**
 * A composed YAML document with the lookups the loaders need: aliases resolved by one ordered
 * scan (not one scan per alias), spans shifted by `base` so they are offsets into the whole
 * file the YAML was cut from, and paths (as zod reports them) followed back to their nodes.
 */
export class YamlTree {
  private readonly aliasTargets = new Map<Alias, Node>();
  /** Aliases whose anchor is not defined before them. */
  readonly unresolvedAliases: Alias[] = [];
  readonly aliases: Alias[] = [];
  /** Pairs whose key is a YAML merge key `<<`, which the loaders do not support. */
  readonly mergeKeys: Pair[] = [];
  /**
   * Pairs whose key an earlier pair of the same mapping already has. Found here, one set per
   * mapping, because the library's own check compares each key with every earlier one, which
   * takes minutes on a mapping of 100,000 keys.
   */
  readonly duplicateKeys: Pair[] = [];
  /** Per mapping, each key's last pair (the one whose value the plain object keeps); built on first use. */
  private readonly pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

  /**
   * `length` is the YAML text's: the library's ranges for a collection it had to close itself
   * can run one past the end, and a span must stay inside the text.
   */
  constructor(
    readonly document: Document.Parsed,
    readonly base: number,
    private readonly length: number,
  ) {
    this.scan();
  }

  get root(): Node | undefined {
    return this.document.contents ?? undefined;
  }

  private scan(): void {
    const anchors = new Map<string, Node>();
    visit(this.document, (_key, node) => {
      if (isPair(node)) {
        if (isScalar(node.key) && node.key.value === '<<') this.mergeKeys.push(node);
        return;
      }
      if (isAlias(node)) {
        this.aliases.push(node);
        const target = anchors.get(node.source);
        if (target) this.aliasTargets.set(node, target);
        else this.unresolvedAliases.push(node);
        return;
      }
      if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor) anchors.set(node.anchor, node);
      if (isMap(node)) this.findDuplicateKeys(node);
    });
  }

  private findDuplicateKeys(map: YAMLMap): void {
    const seen = new Set<string>();
    for (const pair of map.items as Pair[]) {
      const key = this.keyText(pair);
      if (key === undefined) continue;
      if (seen.has(key)) this.duplicateKeys.push(pair);
      else seen.add(key);
    }
  }

  private openersByEnd: Map<string, Span[]> | undefined;

  /**
   * The opening character of a quoted value or a `[`/`{` collection whose value ends at
   * `offset` (relative to the YAML text): where to show that it is never closed. Each call takes
   * the innermost one not taken yet, since nested collections can end at the same place.
   */
  openerEndingAt(offset: number, kind: 'quote' | 'map' | 'seq'): Span | undefined {
    if (!this.openersByEnd) {
      const openers = new Map<string, Span[]>();
      const add = (node: Node, nodeKind: string): void => {
        if (!node.range) return;
        const key = `${nodeKind}:${node.range[1]}`;
        if (node.range[0] >= this.length) return;
        const start = this.base + node.range[0];
        openers.set(key, [...(openers.get(key) ?? []), { start, end: start + 1 }]);
      };
      visit(this.document, (_key, node) => {
        if (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) add(node, 'quote');
        else if (isMap(node) && node.flow) add(node, 'map');
        else if (isSeq(node) && node.flow) add(node, 'seq');
      });
      this.openersByEnd = openers;
    }
    return this.openersByEnd.get(`${kind}:${offset}`)?.pop();
  }

  /** The node itself, or an alias's anchored node; undefined for a missing node or a dangling alias. */
  resolve(node: unknown): Node | undefined {
    if (isAlias(node)) return this.aliasTargets.get(node);
    return isNode(node) ? node : undefined;
  }

  /** The node's value span in the whole file (without trailing comments). */
  span(node: Node): Span {
    const range = node.range ?? [0, 0, 0];
    const start = Math.min(range[0], this.length);
    return { start: this.base + start, end: this.base + Math.min(Math.max(start, range[1]), this.length) };
  }

  /** The span of a pair's key, or of its value when the key is empty. */
  keySpan(pair: Pair): Span {
    if (isNode(pair.key)) return this.span(pair.key);
    return isNode(pair.value) ? this.span(pair.value) : { start: this.base, end: this.base };
  }

  /** A key as the plain object built from the YAML spells it. */
  keyText(pair: Pair): string | undefined {
    const key = pair.key;
    if (!isScalar(key)) return undefined;
    return key.value === null || key.value === undefined ? '' : String(key.value);
  }

  /** The pairs of a mapping (through an alias), or undefined when the node is not a mapping. */
  pairs(node: unknown): Pair[] | undefined {
    const resolved = this.resolve(node);
    return isMap(resolved) ? (resolved.items as Pair[]) : undefined;
  }

  /** The items of a list (through an alias), or undefined when the node is not a list. */
  items(node: unknown): unknown[] | undefined {
    const resolved = this.resolve(node);
    return isSeq(resolved) ? resolved.items : undefined;
  }

  /** The last pair with `key` in a mapping: the one whose value the plain object keeps. */
  pairOf(node: unknown, key: string): Pair | undefined {
    const map = this.resolve(node);
    if (!isMap(map)) return undefined;
    let index = this.pairIndex.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items as Pair[]) {
        const text = this.keyText(pair);
        if (text !== undefined) index.set(text, pair);
      }
      this.pairIndex.set(map, index);
    }
    return index.get(key);
  }

  /** Follows a path from the root; stops at the deepest step that exists. */
  locate(path: readonly PathStep[]): Located & { complete: boolean } {
    let located: Located = { pair: undefined, node: this.root };
    for (const step of path) {
      const next = this.step(located.node, step);
      if (!next) return { ...located, complete: false };
      located = next;
    }
    return { ...located, complete: true };
  }

  private step(node: Node | undefined, step: PathStep): Located | undefined {
    if (typeof step === 'number') {
      const item = this.items(node)?.[step];
      return isNode(item) ? { pair: undefined, node: item } : undefined;
    }
    const pair = this.pairOf(node, step);
    if (!pair) return undefined;
    const value = pair.value;
    return { pair, node: isNode(value) ? value : undefined };
  }

  /**
   * Enough of a value to name its type or quote a scalar: the scalar's value, `{}` for a
   * mapping, `[]` for a list, null when there is nothing. Collections are not built.
   */
  shapeOf(node: unknown): unknown {
    const resolved = this.resolve(node);
    if (isScalar(resolved)) return resolved.value;
    if (isMap(resolved)) return {};
    return isSeq(resolved) ? [] : null;
  }

  /**
   * Where to show a problem with a value: the value itself when it is written, else its key
   * (`stage:` with nothing after it).
   */
  valueSpan(located: Located): Span {
    const { node, pair } = located;
    if (node && !isEmptyScalar(node)) return this.span(node);
    if (pair) return this.keySpan(pair);
    return node ? this.span(node) : { start: this.base, end: this.base };
  }
}

function isEmptyScalar(node: Node): boolean {
  return isScalar(node) && node.value === null && (node.range ? node.range[0] === node.range[1] : true);
}
