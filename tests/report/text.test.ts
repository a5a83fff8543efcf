import { describe, expect, it } from "vitest";
import {
  formatDiff,
  formatJson,
  formatTextReport,
  formatVerification,
} from "../../src/report/index.js";
import { createStore } from "../../src/store/index.js";
import type { Statement } from "../../src/store/schema.js";
import { verifyQuote, verifyText } from "../../src/verify/index.js";

const statements: Statement[] = [
  {
    id: "r#1",
    speaker: "Ana Ruiz",
    text: "Over the last 15 months, the council has stood in solidarity with the tenants, and we will not stop now.",
    source: {
      title: "Council meeting",
      date: "2024-02-01",
      url: "https://example.test/council",
      kind: "transcript",
    },
  },
];
const store = createStore(statements);
const ESC = "\u001b[";

describe("text report", () => {
  it("a word diff marks the record's words [-…-] and the printed ones {+…+}", async () => {
    const text = "Over the last 18 months, the council has stood with the tenants";
    const v = await verifyQuote({ text, speaker: "Ana Ruiz" }, store);
    expect(v.status).toBe("meaning_changed");
    expect(formatDiff(text, v)).toBe(
      "Over the last [-15-]{+18+} months, the council has stood [-in solidarity-] with the tenants",
    );
  });

  it("plain text has no escapes; colour has them", async () => {
    const text = "the council has stood with the tenants";
    const v = await verifyQuote({ text, speaker: "Ana Ruiz" }, store);
    expect(formatVerification(text, v)).not.toContain(ESC);
    expect(formatVerification(text, v, { color: true })).toContain(ESC);
    expect(formatVerification(text, v)).toContain("ALTERED");
    expect(formatVerification(text, v)).toContain("Ana Ruiz, 2024-02-01, “Council meeting”");
  });

  it("misattributed and not-found verdicts read as such", async () => {
    const mis = await verifyQuote({ text: "we will not stop now", speaker: "Ben Ortiz" }, store);
    expect(formatVerification("we will not stop now", mis)).toContain(
      "said by Ana Ruiz, not Ben Ortiz",
    );
    const none = await verifyQuote(
      { text: "the budget is balanced and the roads are fixed" },
      store,
    );
    expect(formatVerification("x", none)).toContain("not found on record");
  });

  it("a whole report ends with a summary line and numbers its quotes with their lines", async () => {
    const article = 'The mayor spoke.\n\n"We will not stop now," Ana Ruiz said.\n';
    const report = await verifyText(article, store);
    const out = formatTextReport(report, { text: article });
    expect(out).toContain("1. “We will not stop now,” (line 3)");
    expect(out).toContain("speaker: Ana Ruiz");
    expect(out.trimEnd().split("\n").pop()).toBe("Summary: 1 quote: 1 verified; 0 flagged");
  });

  it("JSON is the data, two-space indented", async () => {
    const v = await verifyQuote({ text: "we will not stop now" }, store);
    expect(JSON.parse(formatJson(v))).toEqual(v);
    expect(formatJson(v).endsWith("\n")).toBe(true);
  });
});
