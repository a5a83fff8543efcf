import type { StatementSource } from "../schema.js";
/**
 * The store file: a fixed header, a section table, then 8-byte-aligned sections.
 *
 *   0  magic "QCSTORE\0"          8 bytes
 *   8  format version             u32  (FORMAT_VERSION)
 *  12  byte-order mark            u32  0x01020304 as written (typed arrays are stored raw)
 *  16  file length                f64  (catches truncation before the checksum is computed)
 *  24  CRC-32 of bytes [64, end)  u32
 *  28  section count              u32
 *  32  reserved                   32 bytes of zeros
 *  64  section table: per section u32 id, u32 reserved, f64 offset, f64 length (24 bytes)
 *
 * The word data is stored compactly (small numbers as bytes, word lists rebuilt on
 * load), so that loading reads far fewer bytes than the index has in memory.
 *

 * The hash functions of index/hash.ts are part of the format: changing them changes
 * FORMAT_VERSION.
 *
 * The hash functions of index/hash.ts are part of the format: changing them changes
 * FORMAT_VERSION.
 *
 * A reader accepts only its own FORMAT_VERSION: a file from another version is rebuilt
 * from its sources, never guessed at.
 */
export const MAGIC = Buffer.from("QCSTORE\0", "latin1");
export const FORMAT_VERSION = 1;
export const BYTE_ORDER = 0x01020304;
export const HEADER_SIZE = 64;
export const TABLE_ENTRY = 24;

export const SECTION = {
  meta: 1,
  /** JSON: ids, and the speakers, sources, roles, files and labels the columns point into. */
  statementTables: 2,
  /** Per statement, STATEMENT_COLUMNS u32 columns one after another. */
  statementColumns: 3,
  text: 4,
  /** Byte offset of each statement's text, then (statements + 1 entries) its UTF-16 length. */
  textOffsets: 5,
  vocab: 6,
  vocabCounts: 7,
  /** Word ids: u16 when the vocabulary has at most 65,536 words (meta.tokenBytes), else u32. */
  tokens: 8,
  /** Characters between a word and the previous word's end (or the statement start). */
  wordGaps: 9,
  wordGapEscapes: 10,
  wordLengths: 11,
  wordLengthEscapes: 12,
  statementStart: 13,
  /** Positions listed in each trigram bucket; the positions themselves follow. */
  triSizes: 14,
  triSizeEscapes: 15,
  triPositions: 16,
} as const;

export type SectionName = keyof typeof SECTION;

/** The JSON part of the statements: ids, and the tables the columns point into. */
export interface StatementTables {
  ids: string[];
  speakers: string[];
  sources: StatementSource[];
  roles: string[];
  files: string[];
  labels: string[];
}

/** Columns of the statementColumns section, in order. */
export const STATEMENT_COLUMNS = [
  "speaker",
  "source",
  "role",
  "flags",
  "file",
  "start",
  "end",
  "label",
] as const;

/** Bits of the flags column. */
export const FLAG = { role: 1, location: 2, file: 4, label: 8 } as const;

/** What the meta section records (JSON). */
export interface StoreMeta {
  quotecheck: string;
  statements: number;
  words: number;
  vocabulary: number;
  tokenBytes: 2 | 4;
  triMask: number;
}

export function align8(n: number): number {
  return (n + 7) & ~7;
}
