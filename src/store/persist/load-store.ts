import { readFile } from "node:fs/promises";
import { crc32 } from "node:zlib";
import { assertString, InvalidStoreError } from "../../errors.js";
import { Vocabulary } from "../index/vocabulary.js";
import { buildWordLists, WordIndex } from "../index/word-index.js";
import { type MemoryStore, type StoreState, storeFromState } from "../memory-store.js";
import { LoadedStatements } from "../statement-list.js";
import {
  BYTE_ORDER,
  FLAG,
  FORMAT_VERSION,
  HEADER_SIZE,
  MAGIC,
  SECTION,
  type SectionName,
  STATEMENT_COLUMNS,
  type StatementTables,
  type StoreMeta,
  TABLE_ENTRY,
} from "./format.js";
import { decodeSmall } from "./small-numbers.js";

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

function sectionsOf(file: Buffer, path: string): Map<number, Buffer> {
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
  if (file.readUInt32LE(12) !== BYTE_ORDER) {
    fail(path, "written on a machine with another byte order; rebuild it here");
  }
  const length = file.readDoubleLE(16);
  if (length !== file.length) {
    fail(path, `truncated or padded: the header says ${length} bytes, the file has ${file.length}`);
  }
  if (crc32(file.subarray(HEADER_SIZE)) !== file.readUInt32LE(24)) {
    fail(path, "checksum mismatch: the file is corrupt");
  }
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
  return found;
}

/** A typed array over a section, copied so that the file's buffer can be released. */
function copy<T extends Uint32Array | Uint16Array>(
  data: Buffer,
  Type: { new (length: number): T; BYTES_PER_ELEMENT: number },
  path: string,
  name: string,
): T {
  if (data.length % Type.BYTES_PER_ELEMENT !== 0)
    fail(path, `section "${name}" has a partial element`);
  const out = new Type(data.length / Type.BYTES_PER_ELEMENT);
  new Uint8Array(out.buffer).set(data);
  return out;
}

/** A typed array over a section for reading once (a copy only when the section is misaligned). */
function view<T extends Uint32Array | Uint16Array>(
  data: Buffer,
  Type: {
    new (buffer: ArrayBufferLike, offset: number, length: number): T;
    new (length: number): T;
    BYTES_PER_ELEMENT: number;
  },
  path: string,
  name: string,
): T {
  if (data.byteOffset % Type.BYTES_PER_ELEMENT !== 0) return copy(data, Type, path, name);
  if (data.length % Type.BYTES_PER_ELEMENT !== 0)
    fail(path, `section "${name}" has a partial element`);
  return new Type(data.buffer, data.byteOffset, data.length / Type.BYTES_PER_ELEMENT);
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

function decode(file: Buffer, path: string): StoreState {
  const found = sectionsOf(file, path);
  const section = (name: SectionName): Buffer =>
    found.get(SECTION[name]) ?? fail(path, `missing section "${name}"`);
  const u32 = (name: SectionName) => copy(section(name), Uint32Array, path, name);
  const inconsistent = (what: string): never =>
    fail(path, `inconsistent store (${what}); rebuild it`);

  const meta = json<StoreMeta>(section("meta"), path, "meta");
  const tables = json<StatementTables>(section("statementTables"), path, "statementTables");
  const count = meta.statements;
  const n = meta.words;
  const vocabSize = meta.vocabulary;
  if (!Array.isArray(tables.ids) || tables.ids.length !== count) inconsistent("statement count");
  const columns = u32("statementColumns");
  if (columns.length !== STATEMENT_COLUMNS.length * count) inconsistent("statement columns");
  // The texts stay UTF-8 until a statement is used; their own copy lets the file go.
  const text = Buffer.from(section("text"));
  const offsets = u32("textOffsets");
  if (offsets.length !== 2 * (count + 1) || offsets[count] !== text.length)
    inconsistent("text offsets");
  const textBytes = offsets.subarray(0, count + 1);
  const textLength = offsets.subarray(count + 1);
  for (let k = 0; k < count; k++) {
    // UTF-8 takes 1 to 3 bytes per UTF-16 code unit.
    const size = textBytes[k + 1]! - textBytes[k]!;
    if (size < 0 || textLength[k]! > size || size > 3 * textLength[k]!)
      inconsistent("text offsets");
  }

  const words = vocabSize === 0 ? [] : section("vocab").toString("utf8").split("\n");
  const counts = u32("vocabCounts");
  if (words.length !== vocabSize || counts.length !== vocabSize) inconsistent("vocabulary");
  // Word ids, checked and counted in the same pass: the word lists are rebuilt by
  // counting sort, so the counts must be the true counts.
  const tokens = new Uint32Array(n);
  const rawTokens = section("tokens");
  let raw: Uint16Array | Uint32Array = tokens;
  if (meta.tokenBytes === 2 && rawTokens.length === n * 2)
    raw = view(rawTokens, Uint16Array, path, "tokens");
  else if (meta.tokenBytes === 4 && rawTokens.length === n * 4)
    raw = view(rawTokens, Uint32Array, path, "tokens");
  else inconsistent("word ids");
  const seen = new Uint32Array(vocabSize);
  let outside = 0;
  for (let p = 0; p < n; p++) {
    const id = raw[p]!;
    tokens[p] = id;
    if (id >= vocabSize) outside++;
    else seen[id]!++;
  }
  if (outside > 0) inconsistent("word ids");
  for (let id = 0; id < vocabSize; id++) if (seen[id] !== counts[id]) inconsistent("word counts");

  const statementStart = u32("statementStart");
  if (statementStart.length !== count) inconsistent("statement starts");
  const small = (bytes: SectionName, escapes: SectionName) => ({
    bytes: section(bytes),
    escapes: view(section(escapes), Uint32Array, path, escapes),
  });
  const wordLength = new Uint16Array(n);
  if (!decodeSmall(small("wordLengths", "wordLengthEscapes"), wordLength))
    inconsistent("word lengths");
  // Word starts from the gaps, decoded as they are read (escapes are few, in order).
  const gaps = small("wordGaps", "wordGapEscapes");
  if (gaps.bytes.length !== n) inconsistent("word offsets");
  const wordStart = new Uint32Array(n);
  let nextEscape = 0;
  for (let k = 0; k < count; k++) {
    const from = statementStart[k]!;
    const to = k + 1 < count ? statementStart[k + 1]! : n;
    if (to < from || to > n || (k === 0 && from !== 0)) inconsistent("statement starts");
    const length = textLength[k]!;
    let end = 0;
    for (let p = from; p < to; p++) {
      let gap = gaps.bytes[p]!;
      if (gap === 255) {
        if (gaps.escapes[nextEscape] !== p) inconsistent("word offsets");
        gap = gaps.escapes[nextEscape + 1]!;
        nextEscape += 2;
      }
      wordStart[p] = end + gap;
      end = wordStart[p]! + wordLength[p]!;
      if (end > length) inconsistent("word offsets");
    }
  }
  if (nextEscape !== gaps.escapes.length) inconsistent("word offsets");

  const triBuckets = meta.triMask + 1;
  const sizes = new Uint32Array(triBuckets);
  if (!decodeSmall(small("triSizes", "triSizeEscapes"), sizes)) inconsistent("trigram lists");
  const triOffsets = new Uint32Array(triBuckets + 1);
  for (let b = 0; b < triBuckets; b++) triOffsets[b + 1] = triOffsets[b]! + sizes[b]!;
  const triPositions = u32("triPositions");
  if (triOffsets[triBuckets] !== triPositions.length) inconsistent("trigram lists"); // (A position past the end could only fail the word check every lookup makes.)

  const index = new WordIndex({
    vocab: Vocabulary.restore(words, counts),
    tokens,
    wordStart,
    wordLength,
    statementStart,
    postings: {
      ...buildWordLists(tokens, counts, vocabSize),
      triMask: meta.triMask,
      triOffsets,
      triPositions,
    },
  });
  const [speakerAt, sourceAt, roleAt, flagsAt, fileAt, , , labelAt] = STATEMENT_COLUMNS.map(
    (_, c) => c * count,
  ) as number[];
  for (let k = 0; k < count; k++) {
    const flags = columns[flagsAt! + k]!;
    if (
      columns[speakerAt! + k]! >= tables.speakers.length ||
      columns[sourceAt! + k]! >= tables.sources.length ||
      (flags & FLAG.role && columns[roleAt! + k]! >= tables.roles.length) ||
      (flags & FLAG.file && columns[fileAt! + k]! >= tables.files.length) ||
      (flags & FLAG.label && columns[labelAt! + k]! >= tables.labels.length)
    ) {
      inconsistent("statement columns");
    }
  }
  for (const source of tables.sources) Object.freeze(source);
  const speakerOf = Array.from(columns.subarray(0, count));
  const statements = new LoadedStatements(
    { ...tables, columns, text, textBytes, textLength },
    path,
  );
  return { statements, index, speakerOf, speakerNames: tables.speakers };
}
