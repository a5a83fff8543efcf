import { InvalidStoreError } from "../errors.js";
import { FLAG, STATEMENT_COLUMNS, type StatementTables } from "./persist/format.js";
import type { Statement } from "./schema.js";

/**
 * The statements of a store, by index. A store built in memory holds objects; a loaded
 * store makes each statement object (and decodes its text) on first use, so that
 * opening a 13 M-word store does not decode 70 MB of text nobody asked for.
 */
export interface StatementList {
  readonly length: number;
  get(k: number): Statement;
  id(k: number): string;
  /** The source's date, without making the statement. */
  date(k: number): string | undefined;
  push(statement: Statement): void;
}

export class ArrayStatements implements StatementList {
  constructor(private readonly items: Statement[] = []) {}
  get length(): number {
    return this.items.length;
  }
  get(k: number): Statement {
    return this.items[k]!;
  }
  id(k: number): string {
    return this.items[k]!.id;
  }
  date(k: number): string | undefined {
    return this.items[k]!.source.date;
  }
  push(statement: Statement): void {
    this.items.push(statement);
  }
}

/** What a store file holds about its statements (see persist/). */
export interface StatementColumns extends StatementTables {
  /** Per statement: speaker, source, role, flags, file, start, end, label (STATEMENT_COLUMNS order). */
  columns: Uint32Array;
  /** All texts, UTF-8, one after another. */
  text: Buffer;
  /** Byte offset of each statement's text in `text` (one more entry than statements). */
  textBytes: Uint32Array;
  /** Length of each statement's text in UTF-16 code units (checked when decoded). */
  textLength: Uint32Array;
}

export class LoadedStatements implements StatementList {
  private readonly made: (Statement | undefined)[];
  private readonly added: Statement[] = [];
  private readonly count: number;
  private readonly at: number[];

  constructor(
    private readonly data: StatementColumns,
    private readonly file: string,
  ) {
    this.count = data.ids.length;
    this.made = new Array(this.count);
    this.at = STATEMENT_COLUMNS.map((_, c) => c * this.count);
  }

  get length(): number {
    return this.count + this.added.length;
  }

  id(k: number): string {
    return k < this.count ? this.data.ids[k]! : this.added[k - this.count]!.id;
  }

  date(k: number): string | undefined {
    if (k >= this.count) return this.added[k - this.count]!.source.date;
    return this.data.sources[this.data.columns[this.at[1]! + k]!]!.date;
  }

  push(statement: Statement): void {
    this.added.push(statement);
  }

  get(k: number): Statement {
    if (k >= this.count) return this.added[k - this.count]!;
    let statement = this.made[k];
    if (!statement) {
      statement = this.make(k);
      this.made[k] = statement;
    }
    return statement;
  }

  private make(k: number): Statement {
    const { columns, ids, speakers, sources, roles, files, labels, text, textBytes, textLength } =
      this.data;
    const [speaker, source, role, flags, file, start, end, label] = this.at as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const f = columns[flags + k]!;
    const body = text.toString("utf8", textBytes[k]!, textBytes[k + 1]!);
    if (body.length !== textLength[k]) {
      throw new InvalidStoreError(
        `${this.file}: inconsistent store (text of statement ${k}); rebuild it`,
        {
          file: this.file,
        },
      );
    }
    const statement: Statement = {
      id: ids[k]!,
      speaker: speakers[columns[speaker + k]!]!,
      text: body,
      source: sources[columns[source + k]!]!,
    };
    if (f & FLAG.role) statement.role = roles[columns[role + k]!]!;
    if (f & FLAG.location) {
      const location: NonNullable<Statement["location"]> = {
        start: columns[start + k]!,
        end: columns[end + k]!,
      };
      if (f & FLAG.file) location.file = files[columns[file + k]!]!;
      if (f & FLAG.label) location.label = labels[columns[label + k]!]!;
      statement.location = Object.freeze(location);
    }
    return Object.freeze(statement);
  }
}
