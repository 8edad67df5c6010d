import { test as base, expect } from "@playwright/test";
import { LOCAL_HOSTS } from "./local-hosts";

/**
 * Every test fails on any request from the page (or its workers) to a host other than localhost: no CDN, no
 * telemetry. The browser cannot reach such a host (`--host-resolver-rules` in playwright.config.ts); the request is
 * noted as it leaves, without pausing every request of the suite to look at it.
 */
export const test = base.extend<{ offlineGuard: string[] }>({
  offlineGuard: [
    async ({ context }, use) => {
      const foreign: string[] = [];
      context.on("request", (request) => {
        const url = new URL(request.url());
        const local = LOCAL_HOSTS.includes(url.hostname);
        if (!local && url.protocol !== "data:" && url.protocol !== "blob:") foreign.push(url.href);
      });
      await use(foreign);
      expect(foreign, "requests to hosts other than localhost").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
