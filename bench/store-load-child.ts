// Loads a store file in a fresh process, as a user's program would, and prints how long
// it took: `node --import tsx bench/store-load-child.ts <store file> <quote>`.
import { loadStore } from "../src/index.js";

const [file, quote] = process.argv.slice(2);
const started = performance.now();
const store = await loadStore(file!);
const ms = performance.now() - started;
const [best] = store.search(quote ?? "");
process.stdout.write(
  JSON.stringify({
    ms,
    size: store.size,
    words: store.totalWords,
    rss: process.memoryUsage().rss,
    best: best?.statement.id,
  }),
);
