/**
 * Arrays of mostly small numbers (gaps between words, word lengths, bucket sizes) as one
 * byte each; a value of 255 or more is written as 255 and listed in full in `escapes`
 * (pairs of index and value). Three quarters of the index file's word data is saved so.
 */
export interface SmallNumbers {
  bytes: Uint8Array;
  escapes: Uint32Array;
}

const ESCAPE = 255;

export function encodeSmall(values: ArrayLike<number>): SmallNumbers {
  const bytes = new Uint8Array(values.length);
  const escapes: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < ESCAPE) {
      bytes[i] = v;
    } else {
      bytes[i] = ESCAPE;
      escapes.push(i, v);
    }
  }
  return { bytes, escapes: Uint32Array.from(escapes) };
}

/** Decodes into `into`; false when the escapes do not fit the bytes (a corrupt file). */
export function decodeSmall(small: SmallNumbers, into: Uint32Array | Uint16Array): boolean {
  const { bytes, escapes } = small;
  if (into.length !== bytes.length || escapes.length % 2 !== 0) return false;
  into.set(bytes);
  // Entries point at escape marks, in increasing order. (A mark without an entry would
  // read as 255: the loader's bounds checks on offsets and bucket sizes catch that.)
  let last = -1;
  for (let k = 0; k < escapes.length; k += 2) {
    const at = escapes[k]!;
    if (at <= last || at >= bytes.length || bytes[at] !== ESCAPE) return false;
    into[at] = escapes[k + 1]!;
    last = at;
  }
  return true;
}
