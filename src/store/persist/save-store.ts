import { open, rename, rm } from "node:fs/promises";
import { crc32 } from "node:zlib";
import { VERSION } from "../../version.js";
import type { StoreState } from "../memory-store.js";
import type { StatementSource } from "../schema.js";
import {
  align8,
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
import { encodeSmall } from "./small-numbers.js";

/** crc32(data, value), except that Node 20 answers 0 for an empty buffer over an empty ArrayBuffer. */
function update(value: number, data: Buffer): number {
  return data.length === 0 ? value : crc32(data, value);
}

function bytes(view: ArrayBufferView): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

/** Interns values into a table, giving each its index. */
class Table<T> {
  readonly values: T[] = [];
  private readonly index = new Map<unknown, number>();
  constructor(private readonly key: (value: T) => unknown = (v) => v) {}
  add(value: T): number {
    const key = this.key(value);
    let at = this.index.get(key);
    if (at === undefined) {
      at = this.values.length;
      this.values.push(value);
      this.index.set(key, at);
    }
    return at;
  }
}

function statementSections(state: StoreState): [SectionName, Buffer][] {
  const list = state.statements;
  const count = list.length;
  const sources = new Table<StatementSource>((s) => JSON.stringify(s));
  const roles = new Table<string>();
  const files = new Table<string>();
  const labels = new Table<string>();
  const columns = new Uint32Array(STATEMENT_COLUMNS.length * count);
  const [speaker, source, role, flags, file, start, end, label] = STATEMENT_COLUMNS.map(
    (_, c) => c * count,
  ) as number[];
  const ids: string[] = new Array(count);
  const texts: string[] = new Array(count);
  // Byte offsets of the texts, then their UTF-16 lengths.
  const offsets = new Uint32Array(2 * (count + 1));
  for (let k = 0; k < count; k++) {
    const s = list.get(k);
    ids[k] = s.id;
    texts[k] = s.text;
    offsets[k + 1] = offsets[k]! + Buffer.byteLength(s.text, "utf8");
    offsets[count + 1 + k] = s.text.length;
    let f = 0;
    columns[speaker! + k] = state.speakerOf[k]!;
    columns[source! + k] = sources.add(s.source);
    if (s.role !== undefined) {
      f |= FLAG.role;
      columns[role! + k] = roles.add(s.role);
    }
    if (s.location) {
      f |= FLAG.location;
      columns[start! + k] = s.location.start;
      columns[end! + k] = s.location.end;
      if (s.location.file !== undefined) {
        f |= FLAG.file;
        columns[file! + k] = files.add(s.location.file);
      }
      if (s.location.label !== undefined) {
        f |= FLAG.label;
        columns[label! + k] = labels.add(s.location.label);
      }
    }
    columns[flags! + k] = f;
  }
  const tables: StatementTables = {
    ids,
    speakers: state.speakerNames,
    sources: sources.values,
    roles: roles.values,
    files: files.values,
    labels: labels.values,
  };
  return [
    ["statementTables", Buffer.from(JSON.stringify(tables))],
    ["statementColumns", bytes(columns)],
    ["text", Buffer.from(texts.join(""), "utf8")],
    ["textOffsets", bytes(offsets)],
  ];
}

/** Word offsets as gaps from the previous word's end: mostly one character. */
function wordGaps(state: StoreState): Uint32Array {
  const { index } = state;
  const n = index.wordCount;
  const gaps = new Uint32Array(n);
  const start = index.wordStart.array;
  const length = index.wordLength.array;
  for (let k = 0; k < index.statementCount; k++) {
    const [from, to] = index.statementRange(k);
    let end = 0;
    for (let p = from; p < to; p++) {
      gaps[p] = start[p]! - end;
      end = start[p]! + length[p]!;
    }
  }
  return gaps;
}

/** Everything the file holds, as bytes, in section order. */
function sections(state: StoreState): [SectionName, Buffer][] {
  const { index } = state;
  const postings = index.lookup();
  const vocabSize = index.vocab.size;
  const tokenBytes = vocabSize <= 0x10000 ? 2 : 4;
  const tokens = tokenBytes === 2 ? Uint16Array.from(index.tokens.view()) : index.tokens.view();
  const triBuckets = postings.triMask + 1;
  const triSizes = new Uint32Array(triBuckets);
  for (let b = 0; b < triBuckets; b++)
    triSizes[b] = postings.triOffsets[b + 1]! - postings.triOffsets[b]!;
  const gaps = encodeSmall(wordGaps(state));
  const lengths = encodeSmall(index.wordLength.view());
  const sizes = encodeSmall(triSizes);
  const meta: StoreMeta = {
    quotecheck: VERSION,
    statements: state.statements.length,
    words: index.wordCount,
    vocabulary: vocabSize,
    tokenBytes,
    triMask: postings.triMask,
  };
  return [
    ["meta", Buffer.from(JSON.stringify(meta))],
    ...statementSections(state),
    ["vocab", Buffer.from(index.vocab.words.join("\n"), "utf8")],
    ["vocabCounts", bytes(index.vocab.counts.view())],
    ["tokens", bytes(tokens)],
    ["wordGaps", bytes(gaps.bytes)],
    ["wordGapEscapes", bytes(gaps.escapes)],
    ["wordLengths", bytes(lengths.bytes)],
    ["wordLengthEscapes", bytes(lengths.escapes)],
    ["statementStart", bytes(index.statementStart.view())],
    ["triSizes", bytes(sizes.bytes)],
    ["triSizeEscapes", bytes(sizes.escapes)],
    ["triPositions", bytes(postings.triPositions)],
  ];
}

/**
 * Writes the store to `path` (through a temporary file, flushed to disk and renamed
 * into place, so a crash never leaves a half-written store under the real name). Rejects with the file
 * system's error when the path cannot be written.
 */
export async function saveStore(state: StoreState, path: string): Promise<void> {
  const parts = sections(state);
  const table = Buffer.alloc(parts.length * TABLE_ENTRY);
  let offset = align8(HEADER_SIZE + table.length);
  const layout: { offset: number; data: Buffer }[] = [];
  parts.forEach(([name, data], i) => {
    table.writeUInt32LE(SECTION[name], i * TABLE_ENTRY);
    table.writeDoubleLE(offset, i * TABLE_ENTRY + 8);
    table.writeDoubleLE(data.length, i * TABLE_ENTRY + 16);
    layout.push({ offset, data });
    offset = align8(offset + data.length);
  });
  const fileLength = offset;
  const header = Buffer.alloc(HEADER_SIZE);
  MAGIC.copy(header, 0);
  header.writeUInt32LE(FORMAT_VERSION, 8);
  new Uint32Array(header.buffer, header.byteOffset + 12, 1)[0] = BYTE_ORDER;
  header.writeDoubleLE(fileLength, 16);
  header.writeUInt32LE(parts.length, 28);

  const temporary = `${path}.${process.pid}.tmp`;
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(temporary, "w");
    // The checksum covers everything after the header, padding included.
    let checksum = update(0, table);
    await handle.write(table, 0, table.length, HEADER_SIZE);
    let position = HEADER_SIZE + table.length;
    const pad = async (to: number) => {
      if (to <= position) return;
      const padding = Buffer.alloc(to - position);
      checksum = update(checksum, padding);
      await handle!.write(padding, 0, padding.length, position);
      position = to;
    };
    for (const { offset: at, data } of layout) {
      await pad(at);
      checksum = update(checksum, data);
      if (data.length > 0) await handle.write(data, 0, data.length, at);
      position = at + data.length;
    }
    await pad(fileLength);
    header.writeUInt32LE(checksum, 24);
    await handle.write(header, 0, HEADER_SIZE, 0);
    // On disk before the rename, so a crash cannot leave a renamed file with no content.
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
