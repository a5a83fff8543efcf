import { readFile } from "node:fs/promises";
import { crc32 } from "node:zlib";
import { assertString, InvalidStoreError } from "../../errors.js";
import { Vocabulary } from "../index/vocabulary.js";
import { type Postings, WordIndex } from "../index/word-index.js";
import { type MemoryStore, storeFromState } from "../memory-store.js";
import type { Statement } from "../schema.js";
import {
  BYTE_ORDER,
  FORMAT_VERSION,
  HEADER_SIZE,
  MAGIC,
  SECTION,
  type SectionName,
  type StoreMeta,
  TABLE_ENTRY,
} from "./format.js";
import type { StatementsSection } from "./save-store.js";

/**
 * Reads a store written by `store.save(path)`. The file is checked before anything is
 * used: its magic, format version, length and CRC-32, and the index's internal
 * consistency. A file from another format version, a truncated or corrupt file throws
 * `InvalidStoreError` naming the file and the problem; it never loads as a wrong store.
 */
export async function loadStore(path: string): Promise<MemoryStore> {
  assertString(path, "path");
  let file: Buffer;
  try {
    file = await readFile(path);
  } catch (error) {
    throw new InvalidStoreError(
      `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      { file: path },
      { cause: error },
    );
  }
  return storeFromState(decode(file, path));
}

function fail(path: string, problem: string): never {
  throw new InvalidStoreError(`${path}: ${problem}`, { file: path });
}

function decode(file: Buffer, path: string): Parameters<typeof storeFromState>[0] {
  if (file.length < HEADER_SIZE || !file.subarray(0, MAGIC.length).equals(MAGIC)) {
    fail(path, "not a quotecheck store file (no QCSTORE header)");
  }
  const version = file.readUInt32LE(8);
  if (version !== FORMAT_VERSION) {
    fail(
      path,
      `store format version ${version} cannot be read by this quotecheck (it reads version ${FORMAT_VERSION}); rebuild the store with \`quotecheck index\``,
    );
  }
  if (file.readUInt32LE(12) !== BYTE_ORDER)
    fail(path, "written on a machine with another byte order; rebuild it here");
  const length = file.readDoubleLE(16);
  if (length !== file.length) {
    fail(path, `truncated or padded: the header says ${length} bytes, the file has ${file.length}`);
  }
  if (crc32(file.subarray(HEADER_SIZE)) !== file.readUInt32LE(24))
    fail(path, "checksum mismatch: the file is corrupt");
  const count = file.readUInt32LE(28);
  const found = new Map<number, Buffer>();
  for (let i = 0; i < count; i++) {
    const at = HEADER_SIZE + i * TABLE_ENTRY;
    if (at + TABLE_ENTRY > file.length) fail(path, "section table runs past the end of the file");
    const id = file.readUInt32LE(at);
    const offset = file.readDoubleLE(at + 8);
    const size = file.readDoubleLE(at + 16);
    if (
      !Number.isInteger(offset) ||
      !Number.isInteger(size) ||
      offset < 0 ||
      offset + size > file.length
    ) {
      fail(path, `section ${id} lies outside the file`);
    }
    found.set(id, file.subarray(offset, offset + size));
  }
  const section = (name: SectionName): Buffer =>
    found.get(SECTION[name]) ?? fail(path, `missing section "${name}"`);
  const u32 = (name: SectionName) => typed(section(name), Uint32Array, path, name);
  const u16 = (name: SectionName) => typed(section(name), Uint16Array, path, name);

  const meta = json<StoreMeta>(section("meta"), path, "meta");
  const table = json<StatementsSection>(section("statements"), path, "statements");
  const text = section("text").toString("utf8");
  const textOffsets = u32("textOffsets");
  const vocabWords = meta.vocabulary === 0 ? [] : section("vocab").toString("utf8").split("\n");
  const index = new WordIndex({
    vocab: Vocabulary.restore(vocabWords, u32("vocabCounts")),
    tokens: u32("tokens"),
    wordStart: u32("wordStart"),
    wordLength: u16("wordLength"),
    statementStart: u32("statementStart"),
    postings: {
      uniOffsets: u32("uniOffsets"),
      uniPositions: u32("uniPositions"),
      triMask: meta.triMask,
      triOffsets: u32("triOffsets"),
      triPositions: u32("triPositions"),
      biMask: meta.biMask,
      biCounts: u32("biCounts"),
    },
  });
  checkConsistency(index, meta, table, textOffsets, text.length, vocabWords.length, path);

  const statements: Statement[] = new Array(table.rows.length);
  const speakerOf: number[] = new Array(table.rows.length);
  for (let k = 0; k < table.rows.length; k++) {
    const [id, speaker, source, role, location] = table.rows[k]!;
    const statement: Statement = {
      id,
      speaker: table.speakers[speaker]!,
      text: text.slice(textOffsets[k]!, textOffsets[k + 1]!),
      source: table.sources[source]!,
    };
    if (role !== null) statement.role = role;
    if (location !== null) statement.location = Object.freeze(location);
    statements[k] = Object.freeze(statement);
    speakerOf[k] = speaker;
  }
  for (const source of table.sources) Object.freeze(source);
  return { statements, index, speakerOf, speakerNames: table.speakers };
}

function json<T>(data: Buffer, path: string, name: string): T {
  try {
    return JSON.parse(data.toString("utf8")) as T;
  } catch (error) {
    throw new InvalidStoreError(
      `${path}: section "${name}" is not valid JSON`,
      { file: path },
      { cause: error },
    );
  }
}

function typed<T extends Uint32Array | Uint16Array>(
  data: Buffer,
  Type: {
    new (buffer: ArrayBuffer, offset: number, length: number): T;
    new (length: number): T;
    BYTES_PER_ELEMENT: number;
  },
  path: string,
  name: string,
): T {
  const size = Type.BYTES_PER_ELEMENT;
  if (data.length % size !== 0) fail(path, `section "${name}" has a partial element`);
  const length = data.length / size;
  if (data.byteOffset % size === 0)
    return new Type(data.buffer as ArrayBuffer, data.byteOffset, length);
  const copy = new Type(length);
  new Uint8Array(copy.buffer).set(data);
  return copy;
}

/**
 * The checksum proves the bytes are the ones written; these checks prove the writer
 * was sound, so that no lookup can run off an array and answer from the wrong place.
 */
function checkConsistency(
  index: WordIndex,
  meta: StoreMeta,
  table: StatementsSection,
  textOffsets: Uint32Array,
  textLength: number,
  vocabSize: number,
  path: string,
): void {
  const n = index.wordCount;
  const statements = table.rows?.length;
  const postings: Postings = index.lookup();
  const problems: string[] = [];
  if (statements !== meta.statements || index.statementCount !== statements)
    problems.push("statement count");
  if (n !== meta.words || index.wordStart.length !== n || index.wordLength.length !== n)
    problems.push("word count");
  if (vocabSize !== meta.vocabulary || index.vocab.counts.length !== vocabSize)
    problems.push("vocabulary");
  if (textOffsets.length !== statements + 1 || textOffsets[statements] !== textLength)
    problems.push("text offsets");
  if (postings.uniOffsets.length !== vocabSize + 1 || postings.uniOffsets[vocabSize] !== n)
    problems.push("word lists");
  if (postings.uniPositions.length !== n) problems.push("word positions");
  const triBuckets = postings.triMask + 1;
  if (
    postings.triOffsets.length !== triBuckets + 1 ||
    postings.triOffsets[triBuckets] !== postings.triPositions.length
  ) {
    problems.push("trigram lists");
  }
  if (postings.biCounts.length !== postings.biMask + 1) problems.push("pair counts");
  if (problems.length === 0) {
    const tokens = index.tokens.array;
    for (let p = 0; p < n; p++) if (tokens[p]! >= vocabSize) problems.push("word ids");
    for (const list of [postings.uniPositions, postings.triPositions]) {
      for (let k = 0; k < list.length; k++) {
        if (list[k]! >= n) {
          problems.push("positions");
          break;
        }
      }
    }
    const starts = index.statementStart.array;
    const wordStart = index.wordStart.array;
    const wordLength = index.wordLength.array;
    for (let k = 0; k < statements && problems.length === 0; k++) {
      const from = starts[k]!;
      const to = k + 1 < statements ? starts[k + 1]! : n;
      if (to < from || to > n) problems.push("statement starts");
      const length = textOffsets[k + 1]! - textOffsets[k]!;
      for (let p = from; p < to; p++) {
        if (wordStart[p]! + wordLength[p]! > length) {
          problems.push("word offsets");
          break;
        }
      }
    }
    for (const row of table.rows) {
      if (table.speakers[row[1]] === undefined || table.sources[row[2]] === undefined) {
        problems.push("statement table");
        break;
      }
    }
  }
  if (problems.length > 0)
    fail(path, `inconsistent store (${[...new Set(problems)].slice(0, 3).join(", ")}); rebuild it`);
}
