/** Words a speaker utters that carry nothing: a quote leaving them out did not change the words. */
const FILLERS = new Set(["uh", "um", "er", "ah", "erm", "hmm", "mm"]);

/** Longest phrase a speaker restarts, and most words said between the two tries. */
const RESTART_PHRASE = 4;
const RESTART_GAP = 3;

/**
 * Record words a quote may leave out without altering what was said: fillers (`uh`), a
 * cut-off word (`offi- — officers`: a prefix of the next word), an immediate repetition
 * (`I — I`), and a restarted phrase with what was said before the restart (`we will also
 * rally the world — we will also rally around`: two words or more said again after at most
 * RESTART_GAP others).
 */
export function freeSkips(record: ArrayLike<number>, words: readonly string[]): Uint8Array {
  const n = record.length;
  const free = new Uint8Array(n);
  for (let j = 0; j < n; j++) {
    const w = words[record[j]!]!;
    if (FILLERS.has(w)) free[j] = 1;
    if (j + 1 < n) {
      const next = words[record[j + 1]!]!;
      if (w.length < next.length && next.startsWith(w)) free[j] = 1;
      if (record[j] === record[j + 1]) free[j] = 1;
    }
    // A restart: the word comes back k + d words later, and the k words after it too.
    const id = record[j]!;
    for (let d = 0; d <= RESTART_GAP; d++) {
      let found = false;
      for (let k = 2; k <= RESTART_PHRASE && j + 2 * k + d <= n; k++) {
        if (record[j + k + d] !== id) continue;
        let same = true;
        for (let t = 1; t < k && same; t++) same = record[j + t] === record[j + k + d + t];
        if (same) {
          for (let t = 0; t < k + d; t++) free[j + t] = 1;
          found = true;
          break;
        }
      }
      if (found) break;
    }
  }
  return free;
}
