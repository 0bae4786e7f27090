// A seeded pseudo-random source. Math.random cannot be seeded, and the benchmark must produce byte-identical data
// for the same seed so that runs on different days measure the same work.

/** mulberry32: 32-bit state, fast, good enough for test data (not for anything secret). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over a label, so that each stream (companies, sending, receiving) has its own seed. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export type Weighted<T> = readonly (readonly [T, number])[];

export class Random {
  private readonly next: () => number;

  /** Streams derived from one seed are independent: adding receiving offers does not change the sending ones. */
  constructor(seed: number, stream = '') {
    this.next = mulberry32((seed ^ hashLabel(stream)) >>> 0);
  }

  /** [0, 1) */
  float(): number {
    return this.next();
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  weighted<T>(items: Weighted<T>): T {
    return this.pickFrom(new WeightedTable(items));
  }

  pickFrom<T>(table: WeightedTable<T>): T {
    return table.at(this.next());
  }

  /** `count` distinct items in random order (all of them when fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const n = Math.min(count, pool.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    return pool.slice(0, n);
  }

  /** Roughly normal (sum of uniforms), clamped to [min, max]. */
  normal(mean: number, deviation: number, min: number, max: number): number {
    const z = this.next() + this.next() + this.next() + this.next() - 2; // variance 1/3
    return Math.min(max, Math.max(min, mean + z * deviation * Math.sqrt(3)));
  }

  /** A version-4 UUID made from this stream, so ids are reproducible too. */
  uuid(): string {
    const hex = () => (Math.floor(this.next() * 2 ** 32) >>> 0).toString(16).padStart(8, '0');
    const raw = hex() + hex() + hex() + hex();
    const variant = ((parseInt(raw[16], 16) & 0x3) | 0x8).toString(16);
    return `${raw.slice(0, 8)}-${raw.slice(8, 12)}-4${raw.slice(13, 16)}-${variant}${raw.slice(17, 20)}-${raw.slice(20, 32)}`;
  }
}

/** Cumulative weights, for picking from the same long list many times (binary search per pick). */
export class WeightedTable<T> {
  private readonly items: T[] = [];
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(entries: Weighted<T>) {
    let sum = 0;
    for (const [item, weight] of entries) {
      if (weight <= 0) continue;
      sum += weight;
      this.items.push(item);
      this.cumulative.push(sum);
    }
    if (sum === 0) throw new Error('weighted table without positive weights');
    this.total = sum;
  }

  /** The item at fraction u in [0, 1) of the total weight. */
  at(u: number): T {
    const target = u * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}
