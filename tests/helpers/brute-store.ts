// A test double for the ReferenceStore interface: a linear scan, for unit tests only
// (never exported from the package, never used for any figure).
import type { Statement } from "../../src/store/schema.js";
import type { Candidate, ReferenceStore, SearchOptions } from "../../src/store/types.js";
import { tokenizeWords, type WordToken } from "../../src/text/index.js";

export function bruteStore(initial: readonly Statement[] = []): ReferenceStore {
  const statements: { statement: Statement; words: WordToken[] }[] = [];
  const store: ReferenceStore = {
    get size() {
      return statements.length;
    },
    add(list) {
      for (const statement of list)
        statements.push({ statement, words: tokenizeWords(statement.text).words });
    },
    speakers() {
      return [...new Set(statements.map((s) => s.statement.speaker))].sort();
    },
    search(text: string, options: SearchOptions = {}): Candidate[] {
      const query = tokenizeWords(text).words.map((w) => w.norm);
      if (query.length === 0) return [];
      const wanted = new Map<string, number>();
      for (const w of query) wanted.set(w, (wanted.get(w) ?? 0) + 1);
      const span = query.length * 2 + 4;
      const out: Candidate[] = [];
      for (const { statement, words } of statements) {
        if (options.speaker && statement.speaker.toLowerCase() !== options.speaker.toLowerCase())
          continue;
        const date = statement.source.date;
        if (options.dateTo && date && date > options.dateTo) continue;
        if (options.dateFrom && date && date < options.dateFrom) continue;
        let best = 0;
        let bestAt = -1;
        for (let i = 0; i < words.length; i++) {
          if (!wanted.has(words[i]!.norm)) continue;
          const left = new Map(wanted);
          let count = 0;
          for (let j = i; j < Math.min(words.length, i + span); j++) {
            const n = left.get(words[j]!.norm);
            if (n) {
              left.set(words[j]!.norm, n - 1);
              count++;
            }
          }
          if (count > best) {
            best = count;
            bestAt = i;
          }
        }
        if (bestAt < 0) continue;
        let last = bestAt;
        const left = new Map(wanted);
        for (let j = bestAt; j < Math.min(words.length, bestAt + span); j++) {
          const n = left.get(words[j]!.norm);
          if (n) {
            left.set(words[j]!.norm, n - 1);
            last = j;
          }
        }
        out.push({
          statement,
          passage: { start: words[bestAt]!.start, end: words[last]!.end },
          score: best / query.length,
        });
      }
      out.sort((a, b) => b.score - a.score);
      return out.slice(0, options.limit ?? 5);
    },
  };
  store.add(initial);
  return store;
}
