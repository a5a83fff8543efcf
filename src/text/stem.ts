// The only module that imports `natural`. Never import its root: that loads its
// database back-ends, reads `.env` and prints to stdout. The deep path is pinned by
// the `~` range in package.json.
import PorterStemmer from "natural/lib/natural/stemmers/porter_stemmer.js";

/** The Porter stem of an English word (`leaders` → `leader`, `appreciated` → `appreci`). */
export function stem(word: string): string {
  return PorterStemmer.stem(word);
}
