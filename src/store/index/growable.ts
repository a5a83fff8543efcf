/** A Uint32Array that grows by doubling: the index appends millions of numbers without boxing them. */
export class GrowableU32 {
  array: Uint32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.array = new Uint32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.array.length) this.reserve(this.length + 1);
    this.array[this.length++] = value;
  }

  reserve(capacity: number): void {
    if (capacity <= this.array.length) return;
    const next = new Uint32Array(Math.max(16, capacity, this.array.length * 2));
    next.set(this.array.subarray(0, this.length));
    this.array = next;
  }

  /** The filled part, shared (no copy). */
  view(): Uint32Array {
    return this.array.subarray(0, this.length);
  }

  /** Takes `values` over (no copy): a push beyond them reallocates. */
  static from(values: Uint32Array): GrowableU32 {
    const g = new GrowableU32(0);
    g.array = values;
    g.length = values.length;
    return g;
  }
}

/** A Uint16Array that grows by doubling. */
export class GrowableU16 {
  array: Uint16Array;
  length = 0;

  constructor(capacity = 1024) {
    this.array = new Uint16Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.array.length) this.reserve(this.length + 1);
    this.array[this.length++] = value;
  }

  reserve(capacity: number): void {
    if (capacity <= this.array.length) return;
    const next = new Uint16Array(Math.max(16, capacity, this.array.length * 2));
    next.set(this.array.subarray(0, this.length));
    this.array = next;
  }

  view(): Uint16Array {
    return this.array.subarray(0, this.length);
  }

  /** Takes `values` over (no copy): a push beyond them reallocates. */
  static from(values: Uint16Array): GrowableU16 {
    const g = new GrowableU16(0);
    g.array = values;
    g.length = values.length;
    return g;
  }
}
