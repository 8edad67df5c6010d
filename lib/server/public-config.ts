import "server-only";

import type { PublicConfig } from "@/lib/public-config";
import { readConfig } from "./config";

/** What the page may know of the server's configuration: never the key itself. */
export function getPublicConfig(): PublicConfig {
  const config = readConfig();
  const simulator = config.upstream === "simulator" || (config.upstream === "auto" && !config.apiKey);
  return {
    mode: simulator ? "simulator" : "upstream",
    allowUserKeys: config.allowUserKeys && config.upstream !== "simulator",
    accessTokenRequired: Boolean(config.accessToken),
    recordTraffic: config.recordTraffic,
  };
}
