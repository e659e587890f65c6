/**
 * A map from 32-bit integers to non-negative integers, in two typed arrays (open addressing,
 * linear probing). For hundreds of thousands of keys, such as one fingerprint per entry of a
 * large journal, it is several times quicker than a `Map` and holds no object per key.
 */
export class IntTable {
  private keys: Int32Array;
  /** The value plus one; 0 marks an empty slot. */
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1024) {
    const size = 1 << Math.max(4, Math.ceil(Math.log2(capacity * 2)));
    this.keys = new Int32Array(size);
    this.values = new Int32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The value stored under `key`, or -1. */
  get(key: number): number {
    key |= 0;
    const { keys, values, mask } = this;
    for (let slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
      const value = values[slot]!;
      if (value === 0) return -1;
      if (keys[slot] === key) return value - 1;
    }
  }

  /**
   * Stores `value` (a whole number from 0 to 2³¹ - 2) under `key`, replacing what was there. A
   * key is taken as its 32-bit integer (`key | 0`), as `get` takes it.
   */
  set(key: number, value: number): void {
    key |= 0;
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const { keys, values, mask } = this;
    for (let slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
      if (values[slot] === 0) {
        keys[slot] = key;
        values[slot] = value + 1;
        this.count++;
        return;
      }
      if (keys[slot] === key) {
        values[slot] = value + 1;
        return;
      }
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.count = 0;
    for (let slot = 0; slot < keys.length; slot++) if (values[slot] !== 0) this.set(keys[slot]!, values[slot]! - 1);
  }
}

/** Mixes the key's bits, so keys that differ only in their high bits still land apart. */
function spread(key: number): number {
  const mixed = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
  return mixed ^ (mixed >>> 16);
}
