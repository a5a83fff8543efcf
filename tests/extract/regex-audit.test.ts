import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import {
  collectRegexes,
  nestedQuantifiers,
  type RegexTiming,
  timeRegexes,
} from "../helpers/regex-audit.js";

// Every regex of the library (all stages), run in search mode on long
// pathological inputs built from its own characters. Linear regexes finish 20,000
// characters in well under a millisecond; a quadratic one needs hundreds of ms and an
// exponential one never finishes (the watchdog stops it).
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const STAGES = ["src"];
const SLOW_MS = 50;

describe("regex audit tools", () => {
  it.each([
    ["(a+)+$", ["(a+)+"]],
    ["(?:\\s*x)*", ["(?:\\s*x)*"]],
    ["(a{2,})+", ["(a{2,})+"]],
    ["(?:a|b)+", []],
    ["(a{1,3})+", []],
    ["\\(x+\\)+", []],
    ["[(]a+[)]+", []],
  ])("nestedQuantifiers(%j) → %j", (source, nested) => {
    expect(nestedQuantifiers(source)).toEqual(nested);
  });

  it("finds a quadratic and an exponential regex, passes a linear one", async () => {
    const [quadratic, linear, exponential] = await timeRegexes(
      [
        { where: "quadratic", source: "\\s+$", flags: "" },
        { where: "linear", source: "^[a-z]+$", flags: "" },
        { where: "exponential", source: "^(a+)+$", flags: "" },
      ],
      { hangMs: 1500 },
    );
    expect(quadratic!.worst.ms).toBeGreaterThan(SLOW_MS);
    expect(linear!.worst.ms).toBeLessThan(SLOW_MS);
    expect(exponential!.hung).toBe(true);
  });
});

const regexes = collectRegexes(ROOT, STAGES);
const literal = regexes.filter((r) => r.dynamic === undefined);

describe.skipIf(regexes.length === 0)(
  `every regex in ${STAGES.join(" and ")}${regexes.length === 0 ? " (skipped: none yet)" : ""}`,
  () => {
    let timings: RegexTiming[] = [];
    beforeAll(async () => {
      timings = await timeRegexes(literal);
    }, 300_000);

    it.each(literal.map((r, i) => [`${r.where} /${r.source}/${r.flags}`, r, i] as const))(
      "%s",
      (_, r, i) => {
        const t = timings[i]!;
        const verdict = t.hung
          ? `hangs on ${t.worst.label}`
          : t.worst.ms > SLOW_MS
            ? `${t.worst.ms.toFixed(0)} ms on ${t.worst.label}`
            : "linear";
        expect({ verdict, nested: nestedQuantifiers(r.source) }).toMatchObject({
          verdict: "linear",
        });
      },
    );

    it("builds no regex at run time from non-literal parts (those cannot be audited here)", () => {
      expect(
        regexes.filter((r) => r.dynamic !== undefined).map((r) => `${r.where}: ${r.dynamic}`),
      ).toEqual([]);
    });
  },
);
