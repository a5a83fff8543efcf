import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { Worker } from "node:worker_threads";
import ts from "typescript";

/** A regular expression found in the source. */
export interface FoundRegex {
  /** `src/extract/marks.ts:12` */
  where: string;
  source: string;
  flags: string;
  /** Built at run time from something other than a literal: listed, cannot be fuzzed here. */
  dynamic?: string;
}

function tsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith(".ts") && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Every regex literal and `RegExp(...)` construction in the .ts files under `dirs`. */
export function collectRegexes(root: string, dirs: readonly string[]): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const file of dirs.flatMap((d) => tsFiles(join(root, d))).sort()) {
    const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) =>
      `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        const slash = literal.lastIndexOf("/");
        found.push({
          where: where(node),
          source: literal.slice(1, slash),
          flags: literal.slice(slash + 1),
        });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === "RegExp"
      ) {
        const [pattern, flags] = node.arguments ?? [];
        const literal = (n: ts.Node | undefined) =>
          n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n))
            ? n.text
            : undefined;
        const source = literal(pattern);
        const flagText = flags === undefined ? "" : literal(flags);
        if (source !== undefined && flagText !== undefined)
          found.push({ where: where(node), source, flags: flagText });
        else found.push({ where: where(node), source: "", flags: "", dynamic: node.getText(sf) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/**
 * Unbounded quantifiers nested inside a group that is itself quantified without bound
 * (`(a+)+`, `(?:\s*x)*`): the shape behind exponential backtracking. Returns the nested
 * groups found (empty = none). A small scanner, not a full parser: escapes and classes
 * are skipped as atoms, which is all this question needs.
 */
export function nestedQuantifiers(source: string): string[] {
  const stack: { start: number; unbounded: boolean }[] = [];
  const flagged: string[] = [];
  const unboundedAt = (i: number): number => {
    // Length of an unbounded quantifier starting at i (*, +, {n,}), else 0.
    const ch = source[i];
    if (ch === "*" || ch === "+") return 1;
    if (ch === "{") {
      const m = /^\{\d+,\}/.exec(source.slice(i, i + 12));
      if (m) return m[0].length;
    }
    return 0;
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === "\\") {
      i += 2;
    } else if (ch === "[") {
      i++;
      while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
      i++;
    } else if (ch === "(") {
      stack.push({ start: i, unbounded: false });
      i++;
    } else if (ch === ")") {
      const group = stack.pop();
      i++;
      if (group && unboundedAt(i) > 0 && group.unbounded)
        flagged.push(source.slice(group.start, i + 1));
      if (group && stack.length > 0) {
        const parent = stack[stack.length - 1]!;
        parent.unbounded ||= group.unbounded || unboundedAt(i) > 0;
      }
    } else {
      i++;
    }
    if (stack.length > 0 && unboundedAt(i) > 0 && source[i - 1] !== ")")
      stack[stack.length - 1]!.unbounded = true;
  }
  return flagged;
}

const GENERIC = [
  " ",
  "a",
  "A",
  "1",
  ".",
  ",",
  "\n",
  '"',
  "'",
  "\u201C",
  "\u201D",
  "\u2019",
  "-",
  "\u2014",
];

/**
 * Characters worth repeating against a regex: its own literal characters, a sample of
 * each class and escape it uses, and the punctuation news text is made of.
 */
export function alphabetOf(source: string): string[] {
  const chars = new Set(GENERIC);
  const classSamples: Record<string, string> = {
    s: " ",
    S: "x",
    d: "7",
    D: "x",
    w: "a",
    W: "!",
    b: "",
    B: "",
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\") {
      const next = source[i + 1] ?? "";
      if (next === "u" && source[i + 2] === "{") {
        const close = source.indexOf("}", i);
        chars.add(String.fromCodePoint(Number.parseInt(source.slice(i + 3, close), 16)));
        i = close;
      } else if (next === "u") {
        chars.add(String.fromCharCode(Number.parseInt(source.slice(i + 2, i + 6), 16)));
        i += 5;
      } else if (next === "x") {
        chars.add(String.fromCharCode(Number.parseInt(source.slice(i + 2, i + 4), 16)));
        i += 3;
      } else if (next === "p" || next === "P") {
        chars.add("a").add("A").add("\u00E9");
        i = source.indexOf("}", i);
      } else {
        const sample = classSamples[next];
        if (sample !== undefined) {
          if (sample) chars.add(sample);
        } else if (next) chars.add(next === "n" ? "\n" : next === "t" ? "\t" : next);
        i++;
      }
    } else if (!"()[]{}|^$*+?".includes(ch)) chars.add(ch);
  }
  return [...chars].filter((c) => c.length > 0 && !/[\uD800-\uDFFF]/.test(c));
}

/** Long runs built from the alphabet, each ending in a character unlikely to let a match finish. */
export function pathologicalInputs(
  source: string,
  length: number,
): { label: string; text: string }[] {
  const alphabet = alphabetOf(source);
  const inputs: { label: string; text: string }[] = [];
  const words = [...new Set(source.match(/[A-Za-z]{3,}/g) ?? [])].slice(0, 6);
  const add = (label: string, unit: string) => {
    const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    inputs.push({ label, text: `${text}\u0007` }, { label: `${label} (unterminated)`, text });
  };
  for (const c of alphabet) add(`${JSON.stringify(c)}×${length}`, c);
  for (let a = 0; a < alphabet.length; a++)
    for (let b = a + 1; b < alphabet.length; b += 5)
      add(`${JSON.stringify(alphabet[a]! + alphabet[b]!)}…`, alphabet[a]! + alphabet[b]!);
  for (const w of words) add(`"${w} "…`, `${w} `);
  return inputs;
}

export interface RegexTiming {
  where: string;
  /** The slowest input and its time; or `hung` when the watchdog stopped it. */
  worst: { label: string; ms: number };
  hung: boolean;
}

const WORKER = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", ({ source, flags, inputs }) => {
  // Search mode: as if the regex were tried at every position of the input, which is
  // what a global match, a replace or a scanner calling it position by position does.
  const re = new RegExp(source, flags.replace(/[gy]/g, "") + "g");
  let worst = { label: "", ms: 0 };
  for (const { label, text } of inputs) {
    parentPort.postMessage({ running: label });
    // Best of three: a garbage-collection pause or another process taking the core can
    // slow one run of a linear regex; a quadratic one is slow every time.
    let ms = Infinity;
    for (let run = 0; run < 3 && ms > 1; run++) {
      const t0 = performance.now();
      text.replace(re, "");
      ms = Math.min(ms, performance.now() - t0);
    }
    if (ms > worst.ms) worst = { label, ms };
  }
  parentPort.postMessage({ worst });
});
`;

/**
 * Times each regex on its pathological inputs in a worker thread, so that a regex that
 * backtracks exponentially is stopped by the watchdog (`hangMs` without finishing one
 * input) instead of hanging the test run.
 */
export async function timeRegexes(
  regexes: readonly FoundRegex[],
  { length = 20_000, hangMs = 3000 } = {},
): Promise<RegexTiming[]> {
  const results: RegexTiming[] = [];
  let worker = new Worker(WORKER, { eval: true });
  try {
    for (const r of regexes) {
      const inputs = pathologicalInputs(r.source, length);
      const result = await new Promise<RegexTiming>((resolve, reject) => {
        let running = "";
        let timer = setTimeout(onHang, hangMs);
        function onHang() {
          cleanup();
          void worker.terminate();
          worker = new Worker(WORKER, { eval: true });
          resolve({ where: r.where, worst: { label: running, ms: hangMs }, hung: true });
        }
        function onMessage(message: { running?: string; worst?: RegexTiming["worst"] }) {
          clearTimeout(timer);
          if (message.worst) {
            cleanup();
            resolve({ where: r.where, worst: message.worst, hung: false });
          } else {
            running = message.running ?? "";
            timer = setTimeout(onHang, hangMs);
          }
        }
        function cleanup() {
          clearTimeout(timer);
          worker.off("message", onMessage);
          worker.off("error", reject);
        }
        worker.on("message", onMessage);
        worker.on("error", reject);
        worker.postMessage({ source: r.source, flags: r.flags, inputs });
      });
      results.push(result);
    }
  } finally {
    await worker.terminate();
  }
  return results;
}
