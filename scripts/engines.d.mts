/** Types of scripts/engines.mjs. */
export type Engine = 'chromium' | 'firefox' | 'webkit';
export declare const ENGINES: readonly Engine[];
export declare function selectedEngines(value?: string): Engine[];
export declare function findFirefox(): string;
export declare function findWebKit(): { driver: string; browser: string; xvfb: string };
export declare function engineVersion(engine: Engine): string;
export declare function freePort(): Promise<number>;
export interface WebKitDriver {
  hostname: string;
  port: number;
  display: number;
  capabilities: Record<string, unknown>;
  stop(): Promise<void>;
}
export declare function startWebKitDriver(): Promise<WebKitDriver>;
