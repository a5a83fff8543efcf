import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeUtf8, readTextFile, UnreadableInputError } from "../../src/cli/read-input.js";

const dir = mkdtempSync(join(tmpdir(), "qc-read-"));

describe("readTextFile", () => {
  it("reads UTF-8 text, keeping a byte order mark so offsets match readFileSync", () => {
    const path = join(dir, "bom.txt");
    writeFileSync(path, "\uFEFF\u201CHi,\u201D she said.");
    expect(readTextFile(path)).toBe("\uFEFF\u201CHi,\u201D she said.");
  });

  it.each([
    ["missing", join(dir, "nope.txt"), /cannot read .*nope\.txt: no such file/],
    ["a directory", dir, /cannot read .*: is a directory/],
    [
      "under a file",
      join(dir, "bom.txt", "x"),
      /cannot read .*: a parent of it is not a directory/,
    ],
  ])("refuses %s with a message naming it", (_, path, message) => {
    expect(() => readTextFile(path)).toThrow(UnreadableInputError);
    expect(() => readTextFile(path)).toThrow(message);
  });

  it.skipIf(process.getuid?.() === 0)("refuses an unreadable file", () => {
    const path = join(dir, "locked.txt");
    writeFileSync(path, "x");
    chmodSync(path, 0o000);
    expect(() => readTextFile(path)).toThrow(/permission denied/);
  });

  it("refuses invalid UTF-8 instead of replacing bytes", () => {
    const path = join(dir, "latin1.txt");
    writeFileSync(path, Buffer.from([0x93, 0x48, 0x69, 0x94])); // “Hi” in Windows-1252
    expect(() => readTextFile(path)).toThrow(/latin1\.txt is not valid UTF-8 text/);
  });
});

describe("decodeUtf8", () => {
  it.each([
    [[0xc3, 0x28]],
    [[0xed, 0xa0, 0x80]], // an encoded surrogate
    [[0xe2, 0x80]], // truncated
  ])("refuses %j", (bytes) => {
    expect(() => decodeUtf8(new Uint8Array(bytes), "standard input")).toThrow(
      "standard input is not valid UTF-8 text",
    );
  });

  it("decodes astral characters and an empty input", () => {
    expect(decodeUtf8(new TextEncoder().encode("\u{1F600} ok"), "x")).toBe("\u{1F600} ok");
    expect(decodeUtf8(new Uint8Array(), "x")).toBe("");
  });
});
