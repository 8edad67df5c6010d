import { describe, expect, it } from "vitest";
import { readConfig } from "./config";
import { guardApiRequest, hasAccess, isCrossSite } from "./access";

const req = (headers: Record<string, string>) =>
  new Request("http://localhost:3000/api/v1/messages", { method: "POST", headers });

describe("isCrossSite", () => {
  it("lets through same-origin pages and clients without an Origin (SDK, curl)", () => {
    expect(
      isCrossSite(req({ host: "localhost:3000", origin: "http://localhost:3000", "sec-fetch-site": "same-origin" })),
    ).toBe(false);
    expect(isCrossSite(req({ host: "localhost:3000" }))).toBe(false);
    expect(
      isCrossSite(
        req({ host: "internal:3000", "x-forwarded-host": "play.example.com", origin: "https://play.example.com" }),
      ),
    ).toBe(false);
  });

  it("refuses another site, a sibling subdomain, a null origin and a port mismatch", () => {
    expect(isCrossSite(req({ host: "localhost:3000", origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSite(req({ host: "localhost:3000", "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(
      isCrossSite(req({ host: "a.example.com", "sec-fetch-site": "same-site", origin: "https://b.example.com" })),
    ).toBe(true);
    expect(isCrossSite(req({ host: "localhost:3000", origin: "null" }))).toBe(true);
    expect(isCrossSite(req({ host: "localhost:3000", origin: "http://localhost:4000" }))).toBe(true);
  });
});

describe("access token", () => {
  const config = readConfig({ PLAYGROUND_ACCESS_TOKEN: "open-sesame" });
  it("accepts the token in our header or as a Bearer token, nothing else", () => {
    expect(hasAccess(req({ "x-playground-access-token": "open-sesame" }), config)).toBe(true);
    expect(hasAccess(req({ authorization: "Bearer open-sesame" }), config)).toBe(true);
    expect(hasAccess(req({ "x-playground-access-token": "open-sesam" }), config)).toBe(false);
    expect(hasAccess(req({}), config)).toBe(false);
    expect(hasAccess(req({}), readConfig({}))).toBe(true);
  });

  it("answers refusals in the API's error shape", async () => {
    const refused = (await guardApiRequest(req({ host: "localhost:3000" }), config))!;
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({
      type: "error",
      error: { type: "authentication_error", message: expect.stringContaining("Access token") },
    });
    const cross = (await guardApiRequest(
      req({ host: "localhost:3000", origin: "https://evil.example" }),
      readConfig({}),
    ))!;
    expect(cross.status).toBe(403);
    expect((await cross.json()).error.type).toBe("permission_error");
  });
});
