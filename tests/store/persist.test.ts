import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { InvalidStoreError } from "../../src/errors.js";
import { createStore, loadStore, type Statement } from "../../src/index.js";
import { HEADER_SIZE, SECTION } from "../../src/store/persist/format.js";

const dir = mkdtempSync(join(tmpdir(), "quotecheck-persist-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STATEMENTS: Statement[] = [
  {
    id: "a#1",
    speaker: "John Kirby",
    text: "Over the last 15 months, the G7 has stood in solidarity with Ukraine. (Ça va.)",
    source: {
      title: "Briefing",
      date: "2023-05-16",
      url: "https://example.gov/a",
      kind: "transcript",
    },
    role: "Coordinator for Strategic Communications",
    location: { file: "a.md", start: 10, end: 90, label: "MR. KIRBY" },
  },
  {
    id: "a#2",
    speaker: "Reporter",
    text: "Thank you, Admiral. Is the \u{1F1FA}\u{1F1E6} flag staying up?",
    source: {
      title: "Briefing",
      date: "2023-05-16",
      url: "https://example.gov/a",
      kind: "transcript",
    },
  },
  {
    id: "b#1",
    speaker: "Karine Jean-Pierre",
    text: "We want to reassure them about our commitment.",
    source: {},
  },
  { id: "empty", speaker: "Nobody", text: "", source: {} },
];

const QUERIES = [
  "the G7 has stood with Ukraine",
  "reassure [allies] about our commitment",
  "Admiral",
  "flag",
];

async function saved(name: string): Promise<string> {
  const path = join(dir, name);
  await createStore(STATEMENTS).save(path);
  return path;
}

async function loadError(path: string): Promise<InvalidStoreError> {
  const error = await loadStore(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidStoreError);
  expect((error as InvalidStoreError).file).toBe(path);
  return error as InvalidStoreError;
}

describe("store.save / loadStore", () => {
  it("round-trips statements, speakers, word counts and search results", async () => {
    const original = createStore(STATEMENTS);
    const path = join(dir, "round-trip.qcstore");
    await original.save(path);
    const loaded = await loadStore(path);
    expect(loaded.size).toBe(original.size);
    expect(loaded.totalWords).toBe(original.totalWords);
    expect(loaded.speakers()).toEqual(original.speakers());
    expect(loaded.wordFrequency("the")).toBe(original.wordFrequency("the"));
    for (const q of QUERIES) expect(loaded.search(q)).toEqual(original.search(q));
    const [kirby] = loaded.search("solidarity with Ukraine");
    expect(kirby!.statement).toEqual(STATEMENTS[0]);
    expect(Object.isFrozen(kirby!.statement)).toBe(true);
  });

  it("a loaded store takes more statements and saves again", async () => {
    const loaded = await loadStore(await saved("grow.qcstore"));
    loaded.add([
      {
        id: "c#1",
        speaker: "Joe Biden",
        text: "Folks, we are going to lower health care costs.",
        source: {},
      },
    ]);
    expect(loaded.search("lower healthcare costs")[0]?.statement.id).toBe("c#1");
    expect(() => loaded.add([{ ...STATEMENTS[0]! }])).toThrow(/duplicate id "a#1"/);
    const again = join(dir, "grow-again.qcstore");
    await loaded.save(again);
    expect((await loadStore(again)).size).toBe(STATEMENTS.length + 1);
  });

  it("an empty store saves and loads", async () => {
    const path = join(dir, "empty.qcstore");
    await createStore().save(path);
    const loaded = await loadStore(path);
    expect(loaded.size).toBe(0);
    expect(loaded.search("anything")).toEqual([]);
  });

  it("refuses a file that is not a store", async () => {
    const path = join(dir, "not-a-store.qcstore");
    writeFileSync(path, '{"statements": []}');
    expect((await loadError(path)).message).toMatch(/not a quotecheck store file/);
    writeFileSync(path, "");
    expect((await loadError(path)).message).toMatch(/not a quotecheck store file/);
    expect((await loadError(join(dir, "missing.qcstore"))).message).toMatch(
      /cannot read \(ENOENT\)/,
    );
  });

  it("refuses another format version, naming both versions", async () => {
    const path = await saved("version.qcstore");
    const bytes = readFileSync(path);
    bytes.writeUInt32LE(99, 8);
    writeFileSync(path, bytes);
    expect((await loadError(path)).message).toMatch(
      /format version 99 .* reads version 1.*quotecheck index/,
    );
  });

  it("refuses a truncated file", async () => {
    const path = await saved("truncated.qcstore");
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.length - 100));
    expect((await loadError(path)).message).toMatch(/truncated/);
  });

  it("refuses any corrupted byte (checksum)", async () => {
    const path = await saved("corrupt.qcstore");
    const clean = readFileSync(path);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: HEADER_SIZE, max: clean.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (at, flip) => {
          const bytes = Buffer.from(clean);
          bytes[at]! ^= flip;
          writeFileSync(path, bytes);
          expect((await loadError(path)).message).toMatch(/checksum mismatch/);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("refuses an inconsistent file even when its checksum is right", async () => {
    const path = await saved("forged.qcstore");
    const bytes = readFileSync(path);
    // Point the first word at an id the vocabulary does not have (a small store keeps 16-bit ids).
    const count = bytes.readUInt32LE(28);
    for (let i = 0; i < count; i++) {
      const entry = HEADER_SIZE + i * 24;
      if (bytes.readUInt32LE(entry) === SECTION.tokens) {
        bytes.writeUInt16LE(0xfff0, bytes.readDoubleLE(entry + 8));
      }
    }
    bytes.writeUInt32LE(crc32(bytes.subarray(HEADER_SIZE)), 24);
    writeFileSync(path, bytes);
    expect((await loadError(path)).message).toMatch(/inconsistent store \(word ids\)/);
  });

  it("rejects a save to a path that cannot be written, leaving nothing behind", async () => {
    await expect(
      createStore(STATEMENTS).save(join(dir, "no-such-dir", "x.qcstore")),
    ).rejects.toThrow(/ENOENT/);
  });
});
