import { describe, expect, it } from "vitest";
import {
  InvalidInputError,
  InvalidStoreError,
  QuotecheckError,
  tokenizeWords,
} from "../src/index.js";

describe("error hierarchy", () => {
  it("every error is a QuotecheckError with a stable name and code", () => {
    const input = new InvalidInputError("bad", ["options", "limit"]);
    expect(input).toBeInstanceOf(QuotecheckError);
    expect(input).toBeInstanceOf(Error);
    expect(input.name).toBe("InvalidInputError");
    expect(input.code).toBe("QC_INVALID_INPUT");
    expect(input.path).toEqual(["options", "limit"]);

    const cause = new SyntaxError("Unexpected token");
    const store = new InvalidStoreError(
      "bad record",
      { file: "s.jsonl", line: 3, path: [2, "source", "date"] },
      { cause },
    );
    expect(store).toBeInstanceOf(QuotecheckError);
    expect(store.name).toBe("InvalidStoreError");
    expect(store.code).toBe("QC_INVALID_STORE");
    expect(store.file).toBe("s.jsonl");
    expect(store.line).toBe(3);
    expect(store.path).toEqual([2, "source", "date"]);
    expect(store.cause).toBe(cause);
  });

  it("text functions reject non-strings naming the argument, and accept the empty string", () => {
    expect(() => tokenizeWords(5 as unknown as string)).toThrow(InvalidInputError);
    expect(() => tokenizeWords(5 as unknown as string)).toThrow(
      "text must be a string, got number 5",
    );
    expect(tokenizeWords("").words).toEqual([]);
  });
});
