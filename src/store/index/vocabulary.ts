import { GrowableU32 } from "./growable.js";

/** Word ↔ id, with how often each word occurs in the store. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly words: string[] = [];
  readonly counts = new GrowableU32(1 << 16);

  get size(): number {
    return this.words.length;
  }

  /** The id of `word`, adding it when new, and counts one occurrence. */
  intern(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      this.counts.push(0);
    }
    this.counts.array[id]!++;
    return id;
  }

  /** The id of `word`, or -1 when the store never saw it. */
  idOf(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  count(id: number): number {
    return id < 0 ? 0 : this.counts.array[id]!;
  }

  static restore(words: string[], counts: Uint32Array): Vocabulary {
    const v = new Vocabulary();
    for (let i = 0; i < words.length; i++) {
      v.ids.set(words[i]!, i);
      v.words.push(words[i]!);
    }
    v.counts.reserve(counts.length);
    v.counts.array.set(counts);
    v.counts.length = counts.length;
    return v;
  }
}
