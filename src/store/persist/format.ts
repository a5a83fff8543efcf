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
  statements: 2,
  text: 3,
  textOffsets: 4,
  vocab: 5,
  vocabCounts: 6,
  tokens: 7,
  wordStart: 8,
  wordLength: 9,
  statementStart: 10,
  uniOffsets: 11,
  uniPositions: 12,
  triOffsets: 13,
  triPositions: 14,
  biCounts: 15,
} as const;

export type SectionName = keyof typeof SECTION;

/** What the meta section records (JSON). */
export interface StoreMeta {
  quotecheck: string;
  statements: number;
  words: number;
  vocabulary: number;
  triMask: number;
  biMask: number;
}

export function align8(n: number): number {
  return (n + 7) & ~7;
}
