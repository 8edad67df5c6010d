// Types of test-engines.mjs, for the tests that import it.
export interface Engine {
  url: string;
  pid: number | undefined;
  stop(): Promise<void>;
}
export function freePort(): Promise<number>;
export function findPostgresBin(): string | undefined;
export function findRedisServer(): string | undefined;
export function installWithApt(packages: string[]): boolean;
export function startPostgres(): Promise<Engine | undefined>;
export function startRedis(): Promise<Engine | undefined>;
export function startEngines(options?: { ci?: boolean }): Promise<{
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  stop(): Promise<unknown>;
}>;
