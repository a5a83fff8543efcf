/**
 * Output buffer of the normalizer: UTF-16 code units plus, for every output
 * unit, the half-open range of original code units it came from.
 */
export class NormalizeBuilder {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.units = new Uint16Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }

  private grow(min: number): void {
    let size = this.units.length * 2;
    while (size < min) size *= 2;
    const units = new Uint16Array(size);
    units.set(this.units.subarray(0, this.length));
    const starts = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.length));
    const ends = new Int32Array(size);
    ends.set(this.ends.subarray(0, this.length));
    this.units = units;
    this.starts = starts;
    this.ends = ends;
  }

  /** Appends one code unit that came from original `[start, end)`. */
  push(unit: number, start: number, end: number): void {
    const k = this.length;
    if (k === this.units.length) this.grow(k + 1);
    this.units[k] = unit;
    this.starts[k] = start;
    this.ends[k] = end;
    this.length = k + 1;
  }

  /** Appends every code unit of `value`, all mapped to original `[start, end)`. */
  pushString(value: string, start: number, end: number): void {
    const need = this.length + value.length;
    if (need > this.units.length) this.grow(need);
    for (let j = 0; j < value.length; j++) {
      const k = this.length++;
      this.units[k] = value.charCodeAt(j);
      this.starts[k] = start;
      this.ends[k] = end;
    }
  }

  /** The last output code unit, or -1 when nothing was written yet. */
  last(): number {
    return this.length === 0 ? -1 : this.units[this.length - 1]!;
  }

  /** Widens the original range of the last output unit to end at `end`. */
  extendLast(end: number): void {
    if (this.length > 0) this.ends[this.length - 1] = end;
  }

  truncate(length: number): void {
    if (length < this.length) this.length = length;
  }

  /** The output as a string (lone surrogates in the input are kept as they were). */
  toString(): string {
    const chunk = 8192;
    let out = "";
    for (let k = 0; k < this.length; k += chunk) {
      const part = this.units.subarray(k, Math.min(this.length, k + chunk));
      out += String.fromCharCode.apply(null, part as unknown as number[]);
    }
    return out;
  }
}
