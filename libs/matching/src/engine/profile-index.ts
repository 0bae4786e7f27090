// Profiles kept in buckets of equal (prefecture, occupation, move types). Within a bucket the region, occupation
// and move-type factors are the same for every member; each bucket also keeps the extremes of the other factors'
// inputs, so a query can bound the best score in a bucket without looking inside it.

export interface Indexed {
  readonly id: string;
  pos: number;
}

/**
 * Members plus, in subclasses, their numbers in columns (typed arrays, one row per member, swap-removed), which
 * a query scans far faster than it could follow a pointer per member.
 */
export abstract class Bucket<T extends Indexed> {
  readonly members: T[] = [];
  /** Set when a member left: the extremes are still upper bounds, but loose; recomputed before the next use. */
  private dirty = false;
  protected capacity = 0;

  add(m: T): void {
    const pos = this.members.length;
    if (pos >= this.capacity) {
      this.capacity = Math.max(8, this.capacity * 2);
      this.grow(this.capacity);
    }
    m.pos = pos;
    this.members.push(m);
    this.writeRow(pos, m);
    this.include(m);
  }

  remove(m: T): void {
    const last = this.members.pop() as T;
    this.dropRow(m);
    if (last !== m) {
      this.members[m.pos] = last;
      this.moveRow(this.members.length, m.pos);
      last.pos = m.pos;
    }
    m.pos = -1;
    this.dirty = true;
  }

  /** Brings the extremes (and the column storage) up to date after removals. */
  refresh(): void {
    if (!this.dirty) return;
    this.reset();
    for (const m of this.members) this.include(m);
    this.compact();
    this.dirty = false;
  }

  /** Forget the extremes. */
  protected abstract reset(): void;
  /** Widen the extremes to include m. */
  protected abstract include(m: T): void;
  /** Resize the columns to `capacity` rows, keeping the rows in use. */
  protected abstract grow(capacity: number): void;
  protected abstract writeRow(pos: number, m: T): void;
  protected abstract moveRow(from: number, to: number): void;
  /** m is leaving (its row is still in place). */
  protected abstract dropRow(m: T): void;
  /** Reclaim storage freed by removals. */
  protected abstract compact(): void;
}

/** Growable pool of small integer lists (skill ids, prefectures), addressed by (offset, length) columns. */
export class IntPool {
  data = new Int32Array(64);
  used = 0;
  /** Slots no longer referenced (after removals), reclaimed by rebuilding. */
  freed = 0;

  append(values: Int32Array): number {
    const offset = this.used;
    if (offset + values.length > this.data.length) {
      const next = new Int32Array(Math.max(this.data.length * 2, offset + values.length));
      next.set(this.data.subarray(0, offset));
      this.data = next;
    }
    this.data.set(values, offset);
    this.used += values.length;
    return offset;
  }

  /** Worth rebuilding once more than half of it is dead. */
  get wasteful(): boolean {
    return this.freed > 64 && this.freed * 2 > this.used;
  }

  clear(): void {
    this.used = 0;
    this.freed = 0;
  }
}

export function growFloat64(a: Float64Array, capacity: number): Float64Array<ArrayBuffer> {
  const next = new Float64Array(capacity);
  next.set(a.subarray(0, Math.min(a.length, capacity)));
  return next;
}

export function growInt32(a: Int32Array, capacity: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(capacity);
  next.set(a.subarray(0, Math.min(a.length, capacity)));
  return next;
}

export class ProfileIndex<T extends Indexed, B extends Bucket<T>> {
  private readonly byId = new Map<string, { item: T; bucket: B; key: number }>();
  readonly buckets = new Map<number, B>();

  constructor(
    private readonly keyOf: (item: T) => number,
    private readonly makeBucket: (item: T) => B,
  ) {}

  get size(): number {
    return this.byId.size;
  }

  get(id: string): T | undefined {
    return this.byId.get(id)?.item;
  }

  upsert(item: T): void {
    this.remove(item.id);
    const key = this.keyOf(item);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = this.makeBucket(item);
      this.buckets.set(key, bucket);
    }
    bucket.add(item);
    this.byId.set(item.id, { item, bucket, key });
  }

  remove(id: string): boolean {
    const entry = this.byId.get(id);
    if (!entry) return false;
    entry.bucket.remove(entry.item);
    if (entry.bucket.members.length === 0) this.buckets.delete(entry.key);
    this.byId.delete(id);
    return true;
  }

  *items(): IterableIterator<T> {
    for (const entry of this.byId.values()) yield entry.item;
  }
}

/** Bucket key from a prefecture index (-1 allowed), an occupation index (-1..11) and a 2-bit move mask. */
export function bucketKey(pref: number, occ: number, moveMask: number): number {
  return ((pref + 1) * 13 + (occ + 1)) * 4 + moveMask;
}

/** Does a sorted set share any value with a Set? */
export function intersectsSet(sorted: Int32Array, set: ReadonlySet<number>): boolean {
  for (let i = 0; i < sorted.length; i++) if (set.has(sorted[i])) return true;
  return false;
}

/** How many of a sorted set's values a Set holds. */
export function countInSet(sorted: Int32Array, set: ReadonlySet<number>): number {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (set.has(sorted[i])) n++;
  return n;
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
