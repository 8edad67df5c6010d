import { describe, expect, it } from "vitest";
import { redact, upstreamErrorBody } from "./api-error";

const api = (type: string, message: string) =>
  JSON.stringify({ type: "error", error: { type, message }, request_id: "req_9" });

describe("upstreamErrorBody", () => {
  it("explains a 402 as an exhausted wallet and a 413 as a context window overflow, keeping the API's words", () => {
    const wallet = upstreamErrorBody(402, api("billing_error", "insufficient balance"), "application/json", null);
    expect(wallet.error.type).toBe("billing_error");
    expect(wallet.error.message).toMatch(/wallet is exhausted.*insufficient balance/);
    expect(wallet.request_id).toBe("req_9");
    const big = upstreamErrorBody(413, api("request_too_large", "Input exceeds 200K tokens"), "application/json", null);
    expect(big.error.message).toMatch(/exceeds the model's context window.*Input exceeds 200K tokens/);
  });

  it("keeps precise 400/404 messages as they are", () => {
    expect(
      upstreamErrorBody(400, api("invalid_request_error", "max_tokens: must be positive"), "application/json", null)
        .error.message,
    ).toBe("max_tokens: must be positive");
  });

  it("turns a non-API body (a gateway's HTML page) into the API's shape", () => {
    const body = upstreamErrorBody(503, "<html>Service Unavailable</html>", "text/html; charset=utf-8", null);
    expect(body).toMatchObject({
      type: "error",
      error: { type: "api_error", message: expect.stringMatching(/unavailable.*text\/html/) },
    });
    expect(upstreamErrorBody(429, "", null, "7").error).toMatchObject({
      type: "rate_limit_error",
      message: expect.stringContaining("Try again in 7 s"),
    });
    expect(upstreamErrorBody(529, "", null, null).error.type).toBe("overloaded_error");
  });
});

describe("redact", () => {
  it("removes every occurrence of each secret", () => {
    expect(redact("key sk-ant-123456789 and sk-ant-123456789", ["sk-ant-123456789", undefined])).toBe(
      "key [redacted] and [redacted]",
    );
  });
});
