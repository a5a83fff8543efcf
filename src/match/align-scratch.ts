import { STATES } from "./align-states.js";

/**
 * The alignment tables, kept between alignments of one verification run so that
 * each alignment does not allocate (and the collector does not reclaim) a dozen
 * arrays. Only costs are reset: moves are read only where a cost was set.
 */
export class AlignScratch {
  private capacity = 0;
  private cost: Float64Array[] = [];
  private move: Uint8Array[] = [];
  private prev: Uint8Array[] = [];
  private best = new Float64Array(0);
  private bestState = new Uint8Array(0);

  tables(size: number) {
    if (size > this.capacity) {
      const capacity = Math.max(size, this.capacity * 2);
      this.cost = Array.from({ length: STATES }, () => new Float64Array(capacity));
      this.move = Array.from({ length: STATES }, () => new Uint8Array(capacity));
      this.prev = Array.from({ length: STATES }, () => new Uint8Array(capacity));
      this.best = new Float64Array(capacity);
      this.bestState = new Uint8Array(capacity);
      this.capacity = capacity;
    }
    for (const c of this.cost) c.fill(Number.POSITIVE_INFINITY, 0, size);
    this.best.fill(Number.POSITIVE_INFINITY, 0, size);
    return {
      cost: this.cost,
      move: this.move,
      prev: this.prev,
      best: this.best,
      bestState: this.bestState,
    };
  }
}
