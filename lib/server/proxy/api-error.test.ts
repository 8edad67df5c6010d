import { describe, expect, it } from "vitest";
import { redact, upstreamErrorBody } from "./api-error";

const api = (type: string, message: string, details: unknown = null) =>
  JSON.stringify({ type: "error", error: { type, message, details }, request_id: "req_9" });

describe("upstreamErrorBody", () => {
  it("passes an API error body through as the upstream wrote it, whatever its status", () => {
    for (const [status, text] of [
      [402, api("billing_error", "insufficient balance")],
      [413, api("request_too_large", "Input exceeds 200K tokens")],
      [400, api("invalid_request_error", "max_tokens: must be positive")],
      [404, api("not_found_error", "No thread", { error_code: "thread_not_found" })],
      // Padded, with fields we do not know: still the upstream's own bytes.
      [529, '{"type": "error",  "error": {"type": "overloaded_error", "message": "Overloaded", "extra": 1}}'],
    ] as const) {
      expect(upstreamErrorBody(status, text, "application/json", null)).toEqual({ passthrough: true, text });
    }
  });

  it("turns a non-API body (a gateway's HTML page, an empty one) into the API's shape", () => {
    const html = upstreamErrorBody(503, "<html>Service Unavailable</html>", "text/html; charset=utf-8", null);
    expect(html).toMatchObject({
      passthrough: false,
      body: {
        type: "error",
        error: { type: "api_error", message: expect.stringMatching(/HTTP 503.*text\/html/), details: null },
      },
    });
    expect(upstreamErrorBody(429, "", null, "7")).toMatchObject({
      body: { error: { type: "rate_limit_error", message: expect.stringContaining("Try again in 7 s") } },
    });
    expect(upstreamErrorBody(529, "", null, null)).toMatchObject({ body: { error: { type: "overloaded_error" } } });
    // JSON, but not an error body: not the API's shape either.
    expect(upstreamErrorBody(500, '{"oops": true}', "application/json", null)).toMatchObject({
      passthrough: false,
      body: { error: { type: "api_error" } },
    });
  });
});

describe("redact", () => {
  it("removes every occurrence of each secret", () => {
    expect(redact("key sk-ant-123456789 and sk-ant-123456789", ["sk-ant-123456789", undefined])).toBe(
      "key [redacted] and [redacted]",
    );
  });
});
