import { z } from "zod";
import { assertString, InvalidInputError } from "../errors.js";
import { normalizeUnchecked } from "../normalize/normalize.js";
import { MATCH_OPTIONS, scanWords } from "../text/words.js";
import { WordIndex } from "./index/word-index.js";
import { saveStore } from "./persist/save-store.js";
import { sameSpeaker } from "./same-speaker.js";
import { type Statement, StatementSchema } from "./schema.js";
import { parseQuote } from "./search/parse-quote.js";
import { Searcher } from "./search/searcher.js";
import { ArrayStatements, type StatementList } from "./statement-list.js";
import type { Candidate, ReferenceStore, SearchOptions } from "./types.js";

export const CreateStoreOptionsSchema = z
  .object({
    /**
     * Check every added statement against StatementSchema (default true). Statements from
     * `importTranscript` or `loadStatements` are already valid; skipping the check saves
     * a few microseconds a statement.
     */
    validate: z.boolean().optional(),
  })
  .strict();

export type CreateStoreOptions = z.infer<typeof CreateStoreOptionsSchema>;

const ISO_DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO 8601 date (YYYY-MM-DD)");

export const SearchOptionsSchema = z
  .object({
    speaker: z.string().min(1).optional(),
    limit: z.number().int().min(1).max(100).optional(),
    dateFrom: ISO_DATE.optional(),
    dateTo: ISO_DATE.optional(),
  })
  .strict();

/** The in-memory store: synchronous answers, plus word statistics and saving to a file. */
export interface MemoryStore extends ReferenceStore {
  add(statements: readonly Statement[]): void;
  speakers(): string[];
  search(text: string, options?: SearchOptions): Candidate[];
  /** Words indexed (every statement's comparison words). */
  readonly totalWords: number;
  /** How many times a word occurs in the store (normalized like the index: case, typography ignored). */
  wordFrequency(word: string): number;
  /** Writes the store (statements and index) to a file `loadStore` reads back. */
  save(path: string): Promise<void>;
}

const DEFAULT_LIMIT = 5;
/** Speaker filters remembered per store (each costs a pass over the distinct speakers). */
const SPEAKER_FILTERS = 64;

function invalid(prefix: string, error: z.ZodError): InvalidInputError {
  const issue = error.issues[0]!;
  const path = [prefix, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  return new InvalidInputError(`${path.join(".")}: ${issue.message}`, path);
}

/** State shared by a store and the code that saves and loads it. */
export interface StoreState {
  statements: StatementList;
  index: WordIndex;
  /** Index of each statement's speaker in `speakerNames`. */
  speakerOf: number[];
  speakerNames: string[];
}

class InMemoryStore implements MemoryStore {
  /** Statement ids, made on the first add (a loaded store may never need them). */
  private idSet: Set<string> | undefined;
  private readonly speakerIds = new Map<string, number>();
  private readonly searcher: Searcher;
  private readonly filters = new Map<string, Uint8Array>();
  private readonly sources = new WeakMap<object, Statement["source"]>();

  constructor(
    readonly state: StoreState,
    private readonly validate: boolean,
  ) {
    this.searcher = new Searcher(state.index);
    for (let k = 0; k < state.speakerNames.length; k++)
      this.speakerIds.set(state.speakerNames[k]!, k);
  }

  get size(): number {
    return this.state.statements.length;
  }

  get totalWords(): number {
    return this.state.index.wordCount;
  }

  add(statements: readonly Statement[]): void {
    if (!Array.isArray(statements)) {
      throw new InvalidInputError("statements must be an array of statements", ["statements"]);
    }
    // All or nothing: check the whole batch before changing anything.
    if (!this.idSet) {
      const list = this.state.statements;
      this.idSet = new Set();
      for (let k = 0; k < list.length; k++) this.idSet.add(list.id(k));
    }
    const ids = this.idSet;
    const batch = new Set<string>();
    statements.forEach((statement, i) => {
      if (this.validate) {
        const parsed = StatementSchema.safeParse(statement);
        if (!parsed.success) throw invalid(`statements.${i}`, parsed.error);
      } else if (
        typeof statement?.id !== "string" ||
        typeof statement.text !== "string" ||
        typeof statement.speaker !== "string"
      ) {
        throw new InvalidInputError(`statements.${i}: not a statement`, ["statements", i]);
      }
      if (ids.has(statement.id) || batch.has(statement.id)) {
        throw new InvalidInputError(`statements.${i}.id: duplicate id "${statement.id}"`, [
          "statements",
          i,
          "id",
        ]);
      }
      batch.add(statement.id);
    });
    const { state } = this;
    let characters = 0;
    for (const statement of statements) characters += statement.text.length;
    // English runs about six characters a word, space included.
    state.index.reserve(characters / 5);
    for (const statement of statements) {
      const frozen = freeze(statement, this.sources);
      ids.add(frozen.id);
      state.statements.push(frozen);
      let speaker = this.speakerIds.get(frozen.speaker);
      if (speaker === undefined) {
        speaker = state.speakerNames.length;
        state.speakerNames.push(frozen.speaker);
        this.speakerIds.set(frozen.speaker, speaker);
      }
      state.speakerOf.push(speaker);
      state.index.addStatement(frozen.text);
    }
    if (statements.length > 0) this.filters.clear();
  }

  speakers(): string[] {
    return [...this.state.speakerNames].sort();
  }

  wordFrequency(word: string): number {
    assertString(word, "word");
    let count = -1;
    scanWords(normalizeUnchecked(word, MATCH_OPTIONS).text, (norm) => {
      const c = this.state.index.vocab.count(this.state.index.vocab.idOf(norm));
      count = count < 0 ? c : Math.min(count, c);
    });
    return Math.max(0, count);
  }

  search(text: string, options?: SearchOptions): Candidate[] {
    assertString(text, "text");
    let opts: SearchOptions = {};
    if (options !== undefined) {
      const parsed = SearchOptionsSchema.safeParse(options);
      if (!parsed.success) throw invalid("options", parsed.error);
      opts = parsed.data;
    }
    const { statements, index, speakerOf } = this.state;
    const quote = parseQuote(text, index.vocab);
    const bySpeaker = opts.speaker ? this.speakerFilter(opts.speaker) : undefined;
    const { dateFrom, dateTo } = opts;
    const accept = (k: number) => {
      if (bySpeaker && bySpeaker[speakerOf[k]!] === 0) return false;
      if (dateFrom || dateTo) {
        const date = statements.date(k);
        if (!date || (dateFrom && date < dateFrom) || (dateTo && date > dateTo)) return false;
      }
      return true;
    };
    const limit = opts.limit ?? DEFAULT_LIMIT;
    return this.searcher.search(quote, accept, limit).map((hit) => {
      const start = index.wordStart.array[hit.first]!;
      const end = index.wordStart.array[hit.last]! + index.wordLength.array[hit.last]!;
      return {
        statement: statements.get(hit.statement),
        passage: { start, end },
        score: round(hit.score),
        matchedWords: hit.matched,
        quoteWords: quote.words.length,
        specificity: round(hit.specificity),
      };
    });
  }

  async save(path: string): Promise<void> {
    assertString(path, "path");
    await saveStore(this.state, path);
  }

  /** Which distinct speakers `name` selects (see sameSpeaker), remembered per store. */
  private speakerFilter(name: string): Uint8Array {
    let mask = this.filters.get(name);
    if (!mask) {
      mask = Uint8Array.from(this.state.speakerNames, (speaker) =>
        sameSpeaker(name, speaker) ? 1 : 0,
      );
      if (this.filters.size >= SPEAKER_FILTERS) this.filters.clear();
      this.filters.set(name, mask);
    }
    return mask;
  }
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/**
 * Statements are shared with callers: a frozen copy is kept, so that offsets into their
 * text stay true whatever the caller does with its objects. Statements of one transcript
 * share one source object; their copies share one frozen copy of it.
 */
function freeze(statement: Statement, sources: WeakMap<object, Statement["source"]>): Statement {
  if (Object.isFrozen(statement) && Object.isFrozen(statement.source)) return statement;
  let source = sources.get(statement.source);
  if (!source) {
    source = Object.freeze({ ...statement.source });
    sources.set(statement.source, source);
  }
  const copy: Statement = { ...statement, source };
  if (statement.location) copy.location = Object.freeze({ ...statement.location });
  return Object.freeze(copy);
}

/**
 * An in-memory reference store over `statements`, indexed for `search`. More statements
 * can be added later (the index is rebuilt on the next search).
 *
 * @throws InvalidInputError for an invalid statement, a duplicate id or invalid options.
 */
export function createStore(
  statements?: readonly Statement[],
  options?: CreateStoreOptions,
): MemoryStore {
  let validate = true;
  if (options !== undefined) {
    const parsed = CreateStoreOptionsSchema.safeParse(options);
    if (!parsed.success) throw invalid("options", parsed.error);
    validate = parsed.data.validate ?? true;
  }
  const store = new InMemoryStore(
    { statements: new ArrayStatements(), index: new WordIndex(), speakerOf: [], speakerNames: [] },
    validate,
  );
  if (statements !== undefined) store.add(statements);
  return store;
}

/** A store over already indexed state (used by loadStore). */
export function storeFromState(state: StoreState): MemoryStore {
  return new InMemoryStore(state, true);
}
