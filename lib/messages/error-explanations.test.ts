import { describe, expect, it } from "vitest";
import { explainError } from "./error-explanations";

describe("explainError", () => {
  it("explains by error code first, then by status, then by type", () => {
    expect(explainError({ type: "not_found_error", status: 404, code: "thread_not_found" })).toMatch(
      /thread is gone.*thread create/,
    );
    expect(explainError({ type: "billing_error", status: 402 })).toMatch(/cannot pay/);
    expect(explainError({ type: "overloaded_error" })).toMatch(/overloaded/);
    // A mid-stream error has a type and no status.
    expect(explainError({ type: "rate_limit_error" })).toMatch(/rate limit/);
    // A status the gateway chose wins over a type that does not match it.
    expect(explainError({ type: "api_error", status: 529 })).toMatch(/overloaded/);
  });

  it("adds nothing where the API's own words are precise, or for an unknown code or type", () => {
    expect(explainError({ type: "invalid_request_error", status: 400 })).toBeUndefined();
    expect(explainError({ type: "invalid_request_error", status: 400, code: "some_future_code" })).toBeUndefined();
    expect(explainError({ type: "stream_error" })).toBeUndefined();
  });
});
