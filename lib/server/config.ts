import "server-only";

// The server's configuration, read from the environment (DESIGN.md: Configuration). Read per call
// rather than once at import, so a test server started with new variables picks them up.
export interface ServerConfig {
  apiKey: string | undefined;
  baseUrl: string;
  upstream: "auto" | "simulator" | "real";
  allowUserKeys: boolean;
  accessToken: string | undefined;
  rateLimitPerMinute: number;
  dbPath: string;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  return !/^(0|false|no|off)$/i.test(value);
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const apiKey = env.ANTHROPIC_API_KEY || undefined;
  const upstream = env.PLAYGROUND_UPSTREAM === "simulator" || env.PLAYGROUND_UPSTREAM === "real" ? env.PLAYGROUND_UPSTREAM : "auto";
  const rate = Number(env.PLAYGROUND_RATE_LIMIT);
  return {
    apiKey,
    baseUrl: (env.ANTHROPIC_BASE_URL || "https://api.anthropic.com").replace(/\/+$/, ""),
    upstream,
    allowUserKeys: flag(env.PLAYGROUND_ALLOW_USER_KEYS, true),
    accessToken: env.PLAYGROUND_ACCESS_TOKEN || undefined,
    rateLimitPerMinute: env.PLAYGROUND_RATE_LIMIT !== undefined && Number.isFinite(rate) ? rate : apiKey ? 60 : 0,
    dbPath: env.PLAYGROUND_DB || "./data/playground.db",
  };
}

export type KeySource = "server" | "user" | "simulator";

/** Which upstream and key a call uses: the user's key when given and allowed, else the server's, else the simulator. */
export function chooseUpstream(config: ServerConfig, userKey: string | undefined): { source: KeySource; key?: string } {
  if (config.upstream === "simulator") return { source: "simulator" };
  if (userKey && config.allowUserKeys) return { source: "user", key: userKey };
  if (config.apiKey) return { source: "server", key: config.apiKey };
  return { source: "simulator" };
}
