import { test as base, expect } from "@playwright/test";

/** Every test fails on any request from the page to a host other than localhost (no CDN, no telemetry). */
export const test = base.extend<{ offlineGuard: string[] }>({
  offlineGuard: [
    async ({ context }, use) => {
      const foreign: string[] = [];
      await context.route("**/*", (route) => {
        const url = new URL(route.request().url());
        const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
        if (local || url.protocol === "data:" || url.protocol === "blob:") return route.continue();
        foreign.push(url.href);
        return route.abort("blockedbyclient");
      });
      await use(foreign);
      expect(foreign, "requests to hosts other than localhost").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
