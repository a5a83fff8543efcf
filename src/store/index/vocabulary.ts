import { GrowableU32 } from "./growable.js";

/** A–Z to a–z, curly apostrophes to `'`: the folding of plain statement text. */
export function foldCode(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 32;
  return code === 0x2019 || code === 0x2018 ? 0x27 : code;
}

/** FNV-1a over the UTF-16 code units of text[start, end). */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  // 31 bits: a small integer, never a heap number (see index/hash.ts).
  return h & 0x7fffffff;
}

/**
 * Word ↔ id, with how often each word occurs in the store. An open-addressing table
 * keyed by a hash of the word's characters: the indexer looks words up straight from
 * the statement text, without making a string for every word it reads.
 */
export class Vocabulary {
  readonly words: string[] = [];
  readonly counts = new GrowableU32(1 << 16);
  private hashes = new GrowableU32(1 << 16);
  /** Slot → id + 1 (0 = empty). */
  private table = new Int32Array(1 << 17);

  get size(): number {
    return this.words.length;
  }

  /** The id of text[start, end) (whose hash is `hash`), or -1. */
  find(text: string, start: number, end: number, hash: number): number {
    const mask = this.table.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]!;
      if (entry === 0) return -1;
      const id = entry - 1;
      if (this.hashes.array[id] !== hash) continue;
      const word = this.words[id]!;
      if (word.length !== length) continue;
      let same = true;
      for (let k = 0; k < length && same; k++)
        same = word.charCodeAt(k) === text.charCodeAt(start + k);
      if (same) return id;
    }
  }

  /**
   * internRange() for a word of a text that was not lower-cased: A–Z compare as a–z and
   * curly apostrophes as `'` (the folding the plain-text indexer relies on). `hash` is of
   * the folded characters.
   */
  internFolded(text: string, start: number, end: number, hash: number): number {
    const mask = this.table.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]!;
      if (entry === 0) break;
      const id = entry - 1;
      if (this.hashes.array[id] !== hash) continue;
      const word = this.words[id]!;
      if (word.length !== length) continue;
      let same = true;
      for (let k = 0; k < length && same; k++)
        same = word.charCodeAt(k) === foldCode(text.charCodeAt(start + k));
      if (same) {
        this.counts.array[id]!++;
        return id;
      }
    }
    const word = text
      .slice(start, end)
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'");
    const id = this.insert(word, hash);
    this.counts.array[id]!++;
    return id;
  }

  /** The id of text[start, end), adding the word when new, and counts one occurrence. */
  internRange(text: string, start: number, end: number, hash: number): number {
    let id = this.find(text, start, end, hash);
    if (id < 0) id = this.insert(text.slice(start, end), hash);
    this.counts.array[id]!++;
    return id;
  }

  /** The id of `word`, adding it when new, and counts one occurrence. */
  intern(word: string): number {
    return this.internRange(word, 0, word.length, hashRange(word, 0, word.length));
  }

  /** The id of `word`, or -1 when the store never saw it. */
  idOf(word: string): number {
    return this.find(word, 0, word.length, hashRange(word, 0, word.length));
  }

  count(id: number): number {
    return id < 0 ? 0 : this.counts.array[id]!;
  }

  private insert(word: string, hash: number): number {
    const id = this.words.length;
    this.words.push(word);
    this.hashes.push(hash);
    this.counts.push(0);
    if ((id + 1) * 2 > this.table.length) this.rehash();
    this.place(id, hash);
    return id;
  }

  private place(id: number, hash: number): void {
    const mask = this.table.length - 1;
    let slot = hash & mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & mask;
    this.table[slot] = id + 1;
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2);
    for (let id = 0; id < this.words.length; id++) this.place(id, this.hashes.array[id]!);
  }

  static restore(words: string[], counts: Uint32Array): Vocabulary {
    const v = new Vocabulary();
    let size = v.table.length;
    while (words.length * 2 > size) size *= 2;
    v.table = new Int32Array(size);
    for (const word of words) {
      const hash = hashRange(word, 0, word.length);
      const id = v.words.length;
      v.words.push(word);
      v.hashes.push(hash);
      v.place(id, hash);
    }
    v.counts.reserve(counts.length);
    v.counts.array.set(counts);
    v.counts.length = counts.length;
    return v;
  }
}
