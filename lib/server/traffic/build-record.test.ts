import { describe, expect, it } from "vitest";
import { KNOWN_KEY } from "@/lib/testing/test-presets";
import { buildRecord, maskKeys, splitEvents } from "./build-record";
import type { CapturedCall } from "./capture";

const enc = (text: string) => new TextEncoder().encode(text);

function captured(overrides: Partial<CapturedCall> = {}): CapturedCall {
  return {
    id: "000000001abcdefgh",
    startedAt: 1_000,
    route: "/v1/messages",
    method: "POST",
    status: 200,
    stream: false,
    complete: true,
    requestBody: enc(JSON.stringify({ model: "claude-opus-4-6", max_tokens: 10, messages: [] })),
    requestBytes: 60,
    requestTruncated: false,
    requestModel: "claude-opus-4-6",
    betas: [],
    userAgent: "test",
    keySource: "simulator",
    requestId: "req_1",
    attempts: 1,
    chunks: [],
    times: [],
    responseBytes: 0,
    responseTruncated: false,
    firstByteMs: 5,
    totalMs: 20,
    secrets: [],
    ...overrides,
  };
}

const PRICES = {
  prices: () => ({ input: 5, output: 25, cacheRead: 0.5, cacheWrite5m: 6.25, cacheWrite1h: 10 }) as never,
  secrets: [],
};

const STREAM = [
  'event: message_start\ndata: {"type":"message_start","message":{"id":"m","type":"message","role":"assistant","model":"claude-opus-4-6","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":12,"output_tokens":1}}}\n\n',
  'event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}\n\nevent: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hel',
  'lo"}}\n\nevent: content_block_stop\ndata: {"type":"content_block_stop","index":0}\n\n',
  'event: message_delta\ndata: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":7}}\n\nevent: message_stop\ndata: {"type":"message_stop"}\n\n',
];

describe("splitEvents", () => {
  it("splits at blank lines, gives each event the arrival of the write that completed it, and keeps a cut-off tail", () => {
    const events = splitEvents([...STREAM, "event: ping\ndata: {}"].map(enc), [10, 20, 30, 40, 50]);
    expect(events.map((e) => [e.at, e.text.split("\n")[0]])).toEqual([
      [10, "event: message_start"],
      [20, "event: content_block_start"],
      [30, "event: content_block_delta"],
      [30, "event: content_block_stop"],
      [40, "event: message_delta"],
      [40, "event: message_stop"],
      [50, "event: ping"],
    ]);
  });
});

describe("buildRecord", () => {
  it("reads a stream's usage, stop reason, first token and cost, as the SDK accumulates them", () => {
    const call = buildRecord(captured({ stream: true, chunks: STREAM.map(enc), times: [10, 20, 30, 40] }), PRICES);
    expect(call).toMatchObject({
      status: 200,
      model: "claude-opus-4-6",
      stopReason: "end_turn",
      usage: { input_tokens: 12, output_tokens: 7 },
      firstTokenMs: 30,
      errorType: null,
      complete: true,
    });
    expect(call.costUsd).toBeCloseTo((12 * 5 + 7 * 25) / 1e6, 12);
    expect(call.response.kind === "events" && call.response.events.length).toBe(6);
  });

  it("records a client that went away mid-stream as 499 with what arrived", () => {
    const call = buildRecord(
      captured({ stream: true, complete: false, chunks: STREAM.slice(0, 2).map(enc), times: [1, 2] }),
      PRICES,
    );
    expect(call).toMatchObject({ status: 499, errorType: "client_closed", complete: false });
    expect(call.response.kind === "events" && call.response.events.map((e) => e.text.split("\n")[0])).toEqual([
      "event: message_start",
      "event: content_block_start",
      'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hel'.split(
        "\n",
      )[0],
    ]);
  });

  it("keeps a request that is not JSON as text, and an API error's type and message", () => {
    const call = buildRecord(
      captured({
        status: 400,
        requestBody: enc("{not json"),
        requestModel: undefined,
        chunks: [
          enc(
            '{"type":"error","error":{"type":"invalid_request_error","message":"The request body is not valid JSON"}}',
          ),
        ],
        times: [3],
      }),
      PRICES,
    );
    expect(call).toMatchObject({
      request: null,
      requestText: "{not json",
      model: null,
      errorType: "invalid_request_error",
      errorMessage: "The request body is not valid JSON",
      usage: null,
      costUsd: null,
    });
    expect(call.response).toEqual({ kind: "json", body: expect.objectContaining({ type: "error" }) });
  });

  it("masks key-shaped strings and the call's own credentials in both bodies", () => {
    const secret = "team-token-123456";
    const call = buildRecord(
      captured({
        requestBody: enc(
          JSON.stringify({ model: "m", messages: [{ role: "user", content: `${KNOWN_KEY} and ${secret}` }] }),
        ),
        chunks: [
          enc(
            JSON.stringify({
              type: "message",
              model: "m",
              content: [{ type: "text", text: `echo ${KNOWN_KEY}` }],
              usage: { input_tokens: 1, output_tokens: 1 },
            }),
          ),
        ],
        times: [1],
        secrets: [secret],
      }),
      { ...PRICES, secrets: [secret] },
    );
    const stored = JSON.stringify(call);
    expect(stored).not.toContain(KNOWN_KEY);
    expect(stored).not.toContain(secret);
    expect(stored).toContain("[masked]");
    expect(maskKeys(`x ${KNOWN_KEY} y`, [])).toMatch(/^x sk-ant-.{3}…\[masked\] y$/);
  });

  it("marks a body past the cap as truncated and keeps its beginning as text", () => {
    const call = buildRecord(
      captured({
        requestTruncated: true,
        requestBody: enc('{"model":"claude-opus-4-6","messages":[{"role"'),
        requestBytes: 99_999,
      }),
      PRICES,
    );
    expect(call).toMatchObject({ truncated: true, request: null, requestBytes: 99_999, model: "claude-opus-4-6" });
    expect(call.requestText).toContain('"messages"');
  });
});
