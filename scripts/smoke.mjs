// Loads the BUILT package the way users will (ESM import, CJS require, the CLI
// binary) with plain node. Catches what tsc and vitest cannot: CJS interop in the
// bundle, a lost shebang, an import that prints, reads .env or opens sockets.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
let failures = 0;

function check(name, ok, detail = "") {
  if (ok) {
    console.log(`ok   ${name}`);
  } else {
    failures++;
    console.log(`FAIL ${name}${detail ? `\n     ${detail.replace(/\n/g, "\n     ")}` : ""}`);
  }
}

function node(args, options = {}) {
  return spawnSync(process.execPath, args, { encoding: "utf8", ...options });
}

const sample = "\u201CWe\u2019re here\u2026\u201D";
const expected = '"We\'re here\u2026"';

// ESM
const esm = await import(pathToFileURL(join(dist, "index.js")).href);
check("ESM import: normalize()", esm.normalize(sample).text === expected);
for (const fn of [
  "normalize",
  "extractQuotes",
  "createStore",
  "importTranscript",
  "verifyQuote",
  "verifyText",
]) {
  if (fn in esm) check(`ESM export ${fn} is a function`, typeof esm[fn] === "function");
}

// CJS
const require = createRequire(import.meta.url);
const cjs = require(join(dist, "index.cjs"));
check("CJS require: normalize()", cjs.normalize(sample).text === expected);
check(
  "ESM and CJS export the same names",
  Object.keys(esm).sort().join() === Object.keys(cjs).sort().join(),
);

// The package by name, as a dependent project resolves it (exports map).
const byName = node(
  [
    "--input-type=module",
    "-e",
    "import { normalize } from 'quotecheck'; process.stdout.write(normalize('a\u00a0b').text)",
  ],
  { cwd: root },
);
check(
  "import 'quotecheck' through the exports map",
  byName.status === 0 && byName.stdout === "a b",
  byName.stderr,
);
const byNameCjs = node(
  ["-e", "process.stdout.write(require('quotecheck').normalize('a\u2014b').text)"],
  { cwd: root },
);
check(
  "require('quotecheck') through the exports map",
  byNameCjs.status === 0 && byNameCjs.stdout === "a\u2014b",
  byNameCjs.stderr,
);

// Importing prints nothing, loads no .env, opens no file outside the code and no socket.
const scratch = mkdtempSync(join(tmpdir(), "quotecheck-smoke-"));
try {
  writeFileSync(join(scratch, ".env"), "QUOTECHECK_SMOKE_DOTENV=loaded\n");
  const guard = join(scratch, "guard.cjs");
  writeFileSync(
    guard,
    `const fs = require("fs"); const net = require("net");
const code = /\\.(c|m)?js$|\\.json$|\\.node$/;
for (const name of ["openSync", "open", "createReadStream", "readFileSync"]) {
  const original = fs[name];
  fs[name] = function (p, ...rest) {
    if (typeof p === "string" && !code.test(p)) { process.stderr.write("opened " + p + "\\n"); }
    return original.call(this, p, ...rest);
  };
}
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) { process.stderr.write("socket\\n"); return connect.apply(this, args); };
`,
  );
  for (const [label, code] of [
    [
      "ESM",
      `import(${JSON.stringify(pathToFileURL(join(dist, "index.js")).href)}).then(() => { if (process.env.QUOTECHECK_SMOKE_DOTENV) console.error("dotenv loaded"); })`,
    ],
    [
      "CJS",
      `require(${JSON.stringify(join(dist, "index.cjs"))}); if (process.env.QUOTECHECK_SMOKE_DOTENV) console.error("dotenv loaded");`,
    ],
  ]) {
    const run = node(["--require", guard, "-e", code], { cwd: scratch });
    check(`${label} import prints nothing`, run.status === 0 && run.stdout === "", run.stdout);
    check(
      `${label} import reads no .env, opens no data file or socket`,
      run.stderr === "",
      run.stderr,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// CLI
const cli = join(dist, "cli.js");
const version = node([cli, "--version"]);
const pkgVersion = require(join(root, "package.json")).version;
check(
  "CLI --version",
  version.status === 0 && version.stdout.trim() === pkgVersion,
  version.stderr,
);
const help = node([cli, "--help"]);
check(
  "CLI --help exits 0 with usage",
  help.status === 0 && help.stdout.includes("Usage: quotecheck"),
  help.stderr,
);
const bad = node([cli, "no-such-command"]);
check(
  "CLI bad command exits 2 with usage",
  bad.status === 2 && bad.stderr.includes("Usage: quotecheck"),
  `status ${bad.status}`,
);
const checkRun = node([
  cli,
  "check",
  join(root, "test-corpus/articles/seed-axios-2023-04-19.txt"),
  "--store",
  join(root, "test-corpus/store/seed-axios-2023-04-19.jsonl"),
  "--json",
]);
let checked;
try {
  checked = JSON.parse(checkRun.stdout);
} catch {
  checked = undefined;
}
check(
  "CLI check verifies the seed article (exit 0, JSON report)",
  checkRun.status === 0 && checked?.summary?.total === 2 && checked?.summary?.flagged === 0,
  checkRun.stderr || checkRun.stdout.slice(0, 300),
);
const viaBin = spawnSync(cli, ["--version"], { encoding: "utf8" });
check(
  "CLI runs as an executable (shebang kept)",
  viaBin.status === 0,
  viaBin.error ? String(viaBin.error) : viaBin.stderr,
);

if (failures > 0) {
  console.log(`\n${failures} smoke check(s) failed`);
  process.exit(1);
}
console.log("\nall smoke checks passed");
