import { describe, expect, it } from "vitest";
import { isRetryableStatus, requestedWaitMs, retryDelayMs } from "./retry";

const h = (init: Record<string, string>) => new Headers(init);
const noJitter = () => 0;

describe("retryDelayMs", () => {
  it("retries 408, 409, 429 and 5xx (529 included), not other 4xx", () => {
    for (const s of [408, 409, 429, 500, 502, 503, 504, 529]) expect(isRetryableStatus(s), String(s)).toBe(true);
    for (const s of [400, 401, 402, 403, 404, 413]) expect(isRetryableStatus(s), String(s)).toBe(false);
    expect(retryDelayMs(1, 2, 500, { status: 402, headers: h({}) })).toBeUndefined();
  });

  it("backs off exponentially from the base, with jitter below the step, capped", () => {
    expect(retryDelayMs(1, 5, 500, { status: 529, headers: h({}) }, noJitter)).toBe(500);
    expect(retryDelayMs(2, 5, 500, { status: 529, headers: h({}) }, noJitter)).toBe(1000);
    expect(retryDelayMs(3, 5, 500, {}, noJitter)).toBe(2000);
    expect(retryDelayMs(5, 9, 5000, {}, noJitter)).toBe(8000);
    const jittered = retryDelayMs(1, 2, 1000, {}, () => 1)!;
    expect(jittered).toBe(750);
  });

  it("stops after maxRetries", () => {
    expect(retryDelayMs(3, 2, 500, { status: 529, headers: h({}) })).toBeUndefined();
    expect(retryDelayMs(1, 0, 500, {})).toBeUndefined();
  });

  it("honours retry-after in seconds, retry-after-ms, and an HTTP date", () => {
    expect(retryDelayMs(1, 2, 500, { status: 429, headers: h({ "retry-after": "3" }) })).toBe(3000);
    expect(retryDelayMs(1, 2, 500, { status: 429, headers: h({ "retry-after-ms": "120", "retry-after": "9" }) })).toBe(
      120,
    );
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(requestedWaitMs(h({ "retry-after": "Thu, 01 Jan 2026 00:00:05 GMT" }), now)).toBe(5000);
  });

  it("does not wait for a retry-after beyond a minute: the user sees the 429", () => {
    expect(retryDelayMs(1, 2, 500, { status: 429, headers: h({ "retry-after": "120" }) })).toBeUndefined();
  });

  it("obeys x-should-retry both ways", () => {
    expect(retryDelayMs(1, 2, 500, { status: 529, headers: h({ "x-should-retry": "false" }) })).toBeUndefined();
    expect(retryDelayMs(1, 2, 500, { status: 400, headers: h({ "x-should-retry": "true" }) }, noJitter)).toBe(500);
  });
});
