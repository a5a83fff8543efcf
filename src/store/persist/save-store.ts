import { open, rename, rm } from "node:fs/promises";
import { crc32 } from "node:zlib";
import { VERSION } from "../../version.js";
import type { StoreState } from "../memory-store.js";
import type { Statement, StatementSource } from "../schema.js";
import {
  align8,
  BYTE_ORDER,
  FORMAT_VERSION,
  HEADER_SIZE,
  MAGIC,
  SECTION,
  type SectionName,
  type StoreMeta,
  TABLE_ENTRY,
} from "./format.js";

/** One statement in the statements section: id, speaker index, source index, role, location. */
export type StatementRow = [string, number, number, string | null, Statement["location"] | null];

export interface StatementsSection {
  speakers: string[];
  sources: StatementSource[];
  rows: StatementRow[];
}

function bytes(view: ArrayBufferView): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

/** Everything the file holds, as bytes, in section order. */
function sections(state: StoreState): [SectionName, Buffer][] {
  const { index, statements } = state;
  const postings = index.lookup();
  const sources: StatementSource[] = [];
  const sourceIds = new Map<string, number>();
  const rows: StatementRow[] = statements.map((s, k) => {
    const key = JSON.stringify(s.source);
    let source = sourceIds.get(key);
    if (source === undefined) {
      source = sources.length;
      sources.push(s.source);
      sourceIds.set(key, source);
    }
    return [s.id, state.speakerOf[k]!, source, s.role ?? null, s.location ?? null];
  });
  const textOffsets = new Uint32Array(statements.length + 1);
  for (let k = 0; k < statements.length; k++)
    textOffsets[k + 1] = textOffsets[k]! + statements[k]!.text.length;
  const meta: StoreMeta = {
    quotecheck: VERSION,
    statements: statements.length,
    words: index.wordCount,
    vocabulary: index.vocab.size,
    triMask: postings.triMask,
    biMask: postings.biMask,
  };
  const statementsSection: StatementsSection = { speakers: state.speakerNames, sources, rows };
  return [
    ["meta", Buffer.from(JSON.stringify(meta))],
    ["statements", Buffer.from(JSON.stringify(statementsSection))],
    ["text", Buffer.from(statements.map((s) => s.text).join(""), "utf8")],
    ["textOffsets", bytes(textOffsets)],
    ["vocab", Buffer.from(index.vocab.words.join("\n"), "utf8")],
    ["vocabCounts", bytes(index.vocab.counts.view())],
    ["tokens", bytes(index.tokens.view())],
    ["wordStart", bytes(index.wordStart.view())],
    ["wordLength", bytes(index.wordLength.view())],
    ["statementStart", bytes(index.statementStart.view())],
    ["uniOffsets", bytes(postings.uniOffsets)],
    ["uniPositions", bytes(postings.uniPositions)],
    ["triOffsets", bytes(postings.triOffsets)],
    ["triPositions", bytes(postings.triPositions)],
    ["biCounts", bytes(postings.biCounts)],
  ];
}

/**
 * Writes the store to `path` (through a temporary file renamed into place, so a crash
 * never leaves a half-written store under the real name). Rejects with the file
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
    let checksum = crc32(table);
    await handle.write(table, 0, table.length, HEADER_SIZE);
    let position = HEADER_SIZE + table.length;
    for (const { offset: at, data } of layout) {
      if (at > position) {
        const padding = Buffer.alloc(at - position);
        checksum = crc32(padding, checksum);
        await handle.write(padding, 0, padding.length, position);
      }
      checksum = crc32(data, checksum);
      if (data.length > 0) await handle.write(data, 0, data.length, at);
      position = at + data.length;
    }
    if (fileLength > position) {
      const padding = Buffer.alloc(fileLength - position);
      checksum = crc32(padding, checksum);
      await handle.write(padding, 0, padding.length, position);
    }
    header.writeUInt32LE(checksum, 24);
    await handle.write(header, 0, HEADER_SIZE, 0);
    await handle.close();
    handle = undefined;
    await rename(temporary, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
