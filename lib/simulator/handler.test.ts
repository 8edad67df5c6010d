import { describe, expect, it } from "vitest";
import { ask, testSimulator as simulator, type Json } from "@/lib/testing/simulator-client";
import { MODELS } from "@/lib/models";
import { sdkToolTypes } from "@/lib/testing/sdk-tool-types";

describe("errors", () => {
  const expectError = async (response: Response, status: number, type: string, message?: RegExp) => {
    expect(response.status).toBe(status);
    const requestId = response.headers.get("request-id");
    expect(requestId).toMatch(/^req_/);
    const body = (await response.json()) as Json;
    expect(body).toMatchObject({ type: "error", error: { type }, request_id: requestId });
    if (message) expect(body.error.message).toMatch(message);
  };
  const sim = simulator();

  it("unknown model: 404 not_found_error, like the recorded reply", async () => {
    await expectError(
      await sim.call("/v1/messages", ask("Hi", "claude-does-not-exist")),
      404,
      "not_found_error",
      /^model: claude-does-not-exist$/,
    );
    await expectError(
      await sim.call("/v1/messages/count_tokens", { model: "nope", messages: [] }),
      404,
      "not_found_error",
    );
  });

  it("validation: 400 invalid_request_error with the first issue", async () => {
    await expectError(
      await sim.call("/v1/messages", { ...ask("Hi"), max_tokens: 200_000 }),
      400,
      "invalid_request_error",
      /200000 > 128000/,
    );
    await expectError(await sim.call("/v1/messages", "{not json"), 400, "invalid_request_error", /not valid JSON/);
  });

  it("input over the context window: 400 in the API's words (413 is for bodies over 32 MB)", async () => {
    await expectError(
      await sim.call("/v1/messages", ask("tide ".repeat(200_500), "claude-haiku-4-5")),
      400,
      "invalid_request_error",
      /^prompt is too long: 2\d{5} tokens > 200000 maximum$/,
    );
  });

  it("unknown path: 404", async () => {
    await expectError(await sim.call("/v1/complete", {}), 404, "not_found_error");
  });

  const faults: Array<[string, number, string]> = [
    ["401", 401, "authentication_error"],
    ["402", 402, "billing_error"],
    ["429", 429, "rate_limit_error"],
    ["500", 500, "api_error"],
    ["529", 529, "overloaded_error"],
  ];
  for (const [fault, status, type] of faults) {
    it(`fault ${fault}: ${status} ${type}`, async () => {
      await expectError(await sim.call("/v1/messages", ask("Hi"), { "x-simulator-fault": fault }), status, type);
    });
  }

  it("429 carries retry-after; 402 says the wallet is exhausted", async () => {
    expect(
      (await sim.call("/v1/messages", ask("Hi"), { "x-simulator-fault": "429=7" })).headers.get("retry-after"),
    ).toBe("7");
    await expectError(
      await sim.call("/v1/messages", ask("Hi"), { "x-simulator-fault": "402" }),
      402,
      "billing_error",
      /wallet is exhausted/,
    );
  });

  it("drop-mid-stream: HTTP 200, some events, then the body fails", async () => {
    const response = await sim.call(
      "/v1/messages",
      { ...ask("Hello"), stream: true },
      { "x-simulator-fault": "drop-mid-stream" },
    );
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    let received = "";
    const read = async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        received += new TextDecoder().decode(value);
      }
    };
    await expect(read()).rejects.toThrow(/connection drop/);
    expect(received).toContain("content_block_delta");
    expect(received).not.toContain("message_stop");
  });

  it("slow-headers: the response waits before its headers", async () => {
    const started = performance.now();
    const response = await sim.call("/v1/messages", ask("Hi"), { "x-simulator-fault": "slow-headers=150" });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(response.status).toBe(200);
  });
});
describe("tool types", () => {
  it("accepts every tool type of the SDK, and one it has never heard of, and answers (JSON, stream, count_tokens)", async () => {
    const sim = simulator();
    const weather = {
      name: "get_weather",
      description: "Weather now",
      input_schema: { type: "object", properties: { city: { type: "string" } } },
    };
    for (const tool of [...sdkToolTypes(), { type: "future_tool_20300101", name: "future_tool", knob: 1 }]) {
      const body = { ...ask("Hello there."), tools: [weather, tool] };
      const { response, json } = await sim.message(body);
      expect(response.status, `${tool.type}: ${JSON.stringify(json)}`).toBe(200);
      expect(json.content.at(-1).type).toBe("text");
      const stream = await sim.call("/v1/messages", { ...body, stream: true });
      expect(stream.status).toBe(200);
      expect(await stream.text()).toContain("event: message_stop");
      expect(await sim.count(body)).toBeGreaterThan(0);
    }
  });
});

describe("request-id and models", () => {
  it("every response carries a request-id, successes rate-limit headers too", async () => {
    const sim = simulator();
    for (const response of [
      await sim.call("/v1/models"),
      await sim.call("/v1/messages", ask("Hi")),
      await sim.call("/v1/messages", { ...ask("Hi"), stream: true }),
      await sim.call("/v1/messages/count_tokens", ask("Hi")),
    ]) {
      expect(response.headers.get("request-id")).toMatch(/^req_/);
    }
    const reply = await sim.call("/v1/messages", ask("Hi"));
    expect(reply.headers.get("anthropic-ratelimit-requests-limit")).toMatch(/^\d+$/);
    expect(reply.headers.get("anthropic-ratelimit-tokens-reset")).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it("serves every model of the catalogue, newest first, paginated", async () => {
    const sim = simulator();
    const all = ((await (await sim.call("/v1/models?limit=100")).json()) as Json).data as Json[];
    expect(all.map((m) => m.id).sort()).toEqual(MODELS.map((m) => m.id).sort());
    const dates = all.map((m) => m.created_at);
    expect([...dates].sort().reverse()).toEqual(dates);
    const page1 = (await (await sim.call("/v1/models?limit=3")).json()) as Json;
    expect(page1).toMatchObject({ has_more: true, first_id: all[0].id, last_id: all[2].id });
    const page2 = (await (await sim.call(`/v1/models?limit=3&after_id=${page1.last_id}`)).json()) as Json;
    expect(page2.data[0].id).toBe(all[3].id);
    expect((await (await sim.call("/v1/models/claude-opus-4-6")).json()) as Json).toMatchObject({
      id: "claude-opus-4-6",
      max_input_tokens: 1_000_000,
      max_tokens: 128_000,
    });
    expect((await sim.call("/v1/models/nope")).status).toBe(404);
    for (const model of MODELS) {
      const { response } = await sim.message(ask("Hi", model.id));
      expect(response.status, model.id).toBe(200);
    }
    const dated = await sim.message({ ...ask("Hi", "claude-opus-4-5-20251101"), max_tokens: 64_000 });
    expect(dated.response.status).toBe(200);
    expect(dated.json.model).toBe("claude-opus-4-5-20251101");
  });
});
