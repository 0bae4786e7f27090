// The k best (score, id) pairs seen so far: a binary heap with the worst at the root. Better means a higher
// score, then a smaller id, so the order is total and the same data always gives the same list.
import type { RankedCounterpart } from './match-index.contract';

export function compareRanked(a: RankedCounterpart, b: RankedCounterpart): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export class TopK {
  private readonly ids: string[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly k: number) {}

  get full(): boolean {
    return this.ids.length >= this.k;
  }

  /** The score to beat once full (+Infinity when k is 0: nothing gets in). */
  get worstScore(): number {
    return this.k > 0 ? this.scores[0] : Infinity;
  }

  /**
   * Offers a pair. Returns the score of the pair left out as a result (the offered one, or the one it pushed
   * out), or NaN when nothing was left out.
   */
  offer(id: string, score: number): number {
    const { ids, scores } = this;
    if (ids.length < this.k) {
      ids.push(id);
      scores.push(score);
      this.siftUp(ids.length - 1);
      return NaN;
    }
    if (this.k === 0 || !(score > scores[0] || (score === scores[0] && id < ids[0]))) return score;
    const out = scores[0];
    ids[0] = id;
    scores[0] = score;
    this.siftDown(0);
    return out;
  }

  sorted(): RankedCounterpart[] {
    return this.ids.map((id, i) => ({ id, score: this.scores[i] })).sort(compareRanked);
  }

  /** i is worse than j. */
  private worse(i: number, j: number): boolean {
    const si = this.scores[i];
    const sj = this.scores[j];
    return si < sj || (si === sj && this.ids[i] > this.ids[j]);
  }

  private swap(i: number, j: number): void {
    const id = this.ids[i];
    this.ids[i] = this.ids[j];
    this.ids[j] = id;
    const s = this.scores[i];
    this.scores[i] = this.scores[j];
    this.scores[j] = s;
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const n = this.ids.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < n && this.worse(l, worst)) worst = l;
      if (r < n && this.worse(r, worst)) worst = r;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }
}
