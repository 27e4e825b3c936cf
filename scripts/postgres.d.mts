/** Types of scripts/postgres.mjs. */
export declare const INSTALL_HINT: string;
export declare function findPostgresBin(): string;
export declare function postgresVersion(bin?: string): string;
export declare function givenDatabaseUrl(): string | undefined;
export interface PostgresServer {
  /** Admin URL: database `postgres`, user `postgres`, no password. */
  url: string;
  port: number;
  version: string;
  startMs: number;
  stop(): Promise<void>;
}
export declare function startPostgres(): Promise<PostgresServer>;
