import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";

describe("public API", () => {
  it("exports exactly these names (change deliberately)", () => {
    expect(Object.keys(api).sort()).toEqual([
      "DEFAULT_EXTRACT_OPTIONS",
      "DEFAULT_NORMALIZE_OPTIONS",
      "ExtractOptionsSchema",
      "InvalidInputError",
      "InvalidStoreError",
      "NORMALIZE_STEPS",
      "NormalizeOptionsSchema",
      "QuotecheckError",
      "REPORTER",
      "StatementSchema",
      "TRANSCRIPT_FORMATS",
      "UNKNOWN_SPEAKER",
      "VERIFICATION_STATUSES",
      "VERSION",
      "VerifyOptionsSchema",
      "VerifyTextOptionsSchema",
      "assertString",
      "compareSpeakers",
      "createStore",
      "extractQuotes",
      "formatTextReport",
      "formatVerification",
      "importTranscript",
      "loadStatements",
      "loadStore",
      "normalize",
      "parseStatements",
      "sameSpeaker",
      "tokenizeWords",
      "verifyQuote",
      "verifyText",
      "wordDiff",
    ]);
  });

  it("VERSION matches package.json", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(api.VERSION).toBe(pkg.version);
  });
});
