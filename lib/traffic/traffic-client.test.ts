import { describe, expect, it } from "vitest";
import { clientName, TRAFFIC_CSV_HEADER, trafficCsv, trafficJsonl, trafficQuery } from "./traffic-client";
import { recordedRun } from "./recorded-run";
import type { RecordedCall } from "./types";

const CALL: RecordedCall = {
  id: "000000001abcdefgh",
  startedAt: Date.UTC(2026, 11, 6, 12),
  route: "/v1/messages",
  method: "POST",
  status: 200,
  model: "claude-sonnet-4-6",
  stream: true,
  stopReason: "end_turn",
  errorType: null,
  errorMessage: null,
  usage: { input_tokens: 12, output_tokens: 7 } as RecordedCall["usage"],
  costUsd: 0.0002,
  firstByteMs: 3,
  firstTokenMs: 5,
  totalMs: 9,
  attempts: 1,
  keySource: "simulator",
  requestId: "req_1",
  userAgent: "Anthropic/JS 1.17.0",
  requestBytes: 10,
  responseBytes: 20,
  truncated: false,
  complete: true,
  request: { model: "claude-sonnet-4-6", max_tokens: 10, messages: [{ role: "user", content: 'Hi, a, "b"' }] },
  requestText: null,
  betas: [],
  response: {
    kind: "events",
    events: [
      {
        at: 3,
        text: 'event: message_start\ndata: {"type":"message_start","message":{"id":"m","type":"message","role":"assistant","model":"claude-sonnet-4-6","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":12,"output_tokens":1}}}',
      },
      {
        at: 4,
        text: 'event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}',
      },
      {
        at: 5,
        text: 'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hello"}}',
      },
      { at: 6, text: 'event: content_block_stop\ndata: {"type":"content_block_stop","index":0}' },
      {
        at: 7,
        text: 'event: message_delta\ndata: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":7}}',
      },
      { at: 8, text: 'event: message_stop\ndata: {"type":"message_stop"}' },
    ],
  },
};

describe("the Traffic view's plain parts", () => {
  it("builds a query of the filter's set parts only", () => {
    expect(trafficQuery({})).toBe("");
    expect(trafficQuery({ model: "m", q: "two words", from: 5 }, { limit: 50, cursor: undefined })).toBe(
      "?model=m&q=two+words&from=5&limit=50",
    );
  });

  it("names clients by their user-agent", () => {
    expect(clientName("Anthropic/JS 1.17.0")).toBe("Anthropic SDK (JS) 1.17.0");
    expect(clientName("curl/8.5.0")).toBe("curl 8.5.0");
    expect(clientName("my-agent/2 (linux)")).toBe("my-agent/2");
    expect(clientName(null)).toBe("unknown");
  });

  it("exports CSV one row per call with quoting, and JSON Lines one whole call per line", () => {
    const csv = trafficCsv([CALL, { ...CALL, id: "b", userAgent: 'quote "me", please' }])
      .trim()
      .split("\r\n");
    expect(csv[0]).toBe(TRAFFIC_CSV_HEADER.join(","));
    expect(csv).toHaveLength(3);
    expect(csv[2]).toContain('"quote ""me"", please"');
    const lines = trafficJsonl([CALL, CALL]).trim().split("\n");
    expect(lines.map((line) => JSON.parse(line))).toEqual([CALL, CALL]);
  });

  it("turns a recorded stream into the run the transcript draws: the reply, its events with their times", () => {
    const run = recordedRun(CALL);
    expect(run.status).toBe("done");
    expect(run.message?.content).toEqual([expect.objectContaining({ type: "text", text: "Hello" })]);
    expect(run.message?.usage.output_tokens).toBe(7);
    expect(run.eventCount).toBe(6);
    expect(run.events?.list().map((e) => e.at)).toEqual([3, 4, 5, 6, 7, 8]);
    const failed = recordedRun({
      ...CALL,
      status: 404,
      errorType: "not_found_error",
      errorMessage: "model: x",
      response: { kind: "json", body: { type: "error", error: { type: "not_found_error", message: "model: x" } } },
    });
    expect(failed).toMatchObject({
      status: "error",
      error: { type: "not_found_error", status: 404 },
      message: undefined,
    });
  });
});
