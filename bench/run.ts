// `npm run bench [-- suite...]`: prints every figure in one run. Figures go to BENCHMARKS.md.
import { cpus, totalmem } from "node:os";
import * as extractSuite from "./suites/extract.js";
import * as normalizeSuite from "./suites/normalize.js";
import * as storeSuite from "./suites/store.js";
import * as verifySuite from "./suites/verify.js";

const SUITES: Record<string, { run: () => void | Promise<void> }> = {
  normalize: normalizeSuite,
  store: storeSuite,
  extract: extractSuite,
  verify: verifySuite,
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const unknown = wanted.filter((w) => !(w in SUITES));
if (unknown.length > 0) {
  console.error(
    `unknown suite(s): ${unknown.join(", ")}; available: ${Object.keys(SUITES).join(", ")}`,
  );
  process.exit(2);
}

console.log("# quotecheck benchmarks");
console.log(
  `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
);
for (const name of wanted.length > 0 ? wanted : Object.keys(SUITES)) {
  await SUITES[name]!.run();
}
