/** Types of scripts/size-lib.mjs. */
export interface SizeRow {
  /** As printed by `npm run size`: relative to the repository when inside it. */
  path: string;
  /** Inside the output directory, with forward slashes (e.g. `chunks/launcher-abc.js`). */
  file: string;
  raw: number;
  gzip: number;
  /** Loaded at page load: the entry or one of its static imports. */
  eager: boolean;
}

export interface SizeResult {
  /** Absolute path of the build (removed unless `keep`). */
  outDir: string;
  rows: SizeRow[];
  eagerGzip: number;
  /** Every chunk, counting only the largest translation catalog. */
  totalGzip: number;
  /** Gzip bytes one journey loads (see `JOURNEYS`), English. */
  journeys: { name: string; gzip: number }[];
  budget: Readonly<{ eager: number; total: number; totalCeiling: number }>;
  /** Budget violations, empty when within budget. */
  over: string[];
}

export declare const BUDGET: SizeResult['budget'];
/** What a person does, and the modules it needs (matched as `/<name>.` in module ids). */
export declare const JOURNEYS: readonly { name: string; modules: string[] }[];
export declare function kb(bytes: number): string;
export declare function isCatalog(row: Pick<SizeRow, 'path'>): boolean;
export declare function measureSizes(options?: {
  outDir?: string;
  keep?: boolean;
}): Promise<SizeResult>;
