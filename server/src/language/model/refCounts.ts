/** A multiset of ids: how many journals name each, so removing one journal keeps the others' ids. */
export class RefCounts {
  private readonly counts = new Map<string, number>();

  add(ids: readonly string[]): void {
    for (const id of ids) this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) {
      const count = this.counts.get(id);
      if (count === undefined) continue;
      if (count > 1) this.counts.set(id, count - 1);
      else this.counts.delete(id);
    }
  }

  has(id: string): boolean {
    return this.counts.has(id);
  }

  keys(): IterableIterator<string> {
    return this.counts.keys();
  }
}
