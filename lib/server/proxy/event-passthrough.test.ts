import { describe, expect, it } from "vitest";
import { lastBoundaryEnd, passThroughEvents } from "./event-passthrough";

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (chunks: Uint8Array[]) => chunks.map((c) => new TextDecoder().decode(c));

/** An upstream body that yields the given chunks, then ends or fails. */
function upstream(chunks: string[], end: "close" | Error | "hang" = "close") {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) return controller.enqueue(enc(chunks[i++]));
      if (end === "close") return controller.close();
      if (end === "hang") return new Promise(() => {});
      controller.error(end);
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) out.push(chunk);
  return out;
}

const A = 'event: ping\ndata: {"type":"ping"}\n\n';
const B = 'event: message_stop\ndata: {"type":"message_stop"}\n\n';

describe("lastBoundaryEnd", () => {
  it("finds the end of the last complete event, for LF, CRLF and CR line ends", () => {
    expect(lastBoundaryEnd(enc(A))).toBe(A.length);
    expect(lastBoundaryEnd(enc(A + "event: x\nda"))).toBe(A.length);
    expect(lastBoundaryEnd(enc("data: 1\r\n\r\ndata: 2"))).toBe(11);
    expect(lastBoundaryEnd(enc("data: 1\r\rdata"))).toBe(9);
    expect(lastBoundaryEnd(enc("data: 1\n"))).toBe(0);
  });
});

describe("passThroughEvents", () => {
  const options = { idleTimeoutMs: 0, abortUpstream: () => {} };

  it("forwards whole-event chunks as they are, one for one", async () => {
    const out = await collect(passThroughEvents(upstream([A, B]).getReader(), options));
    expect(dec(out)).toEqual([A, B]);
  });

  it("holds back only an unfinished event until its end arrives", async () => {
    const out = await collect(passThroughEvents(upstream([A + B.slice(0, 10), B.slice(10)]).getReader(), options));
    expect(dec(out)).toEqual([A, B]);
  });

  it("keeps reading while chunks hold no complete event (an event split in many pieces)", async () => {
    const pieces = [A.slice(0, 5), A.slice(5, 9), A.slice(9), B.slice(0, 3), B.slice(3)];
    const out = await collect(passThroughEvents(upstream(pieces).getReader(), { ...options, first: enc("") }));
    expect(dec(out).join("")).toBe(A + B);
  });

  it("ends a stream that fails mid-event with a well-formed error event after the last complete one", async () => {
    const reset = Object.assign(new TypeError("terminated"), { cause: { code: "ECONNRESET" } });
    const failures: string[] = [];
    const out = await collect(passThroughEvents(upstream([A, B.slice(0, 12)], reset).getReader(), { ...options, requestId: "req_1", onFailure: (m) => failures.push(m) }));
    const text = dec(out).join("");
    expect(text.startsWith(A + "event: error\ndata: ")).toBe(true);
    const data = JSON.parse(text.slice(A.length).split("\n")[1].slice(6));
    expect(data).toEqual({ type: "error", error: { type: "api_error", message: expect.stringContaining("connection reset") }, request_id: "req_1" });
    expect(text.endsWith("\n\n")).toBe(true);
    expect(failures).toHaveLength(1);
  });

  it("ends a silent stream with a timeout error and stops the upstream", async () => {
    let aborted: unknown;
    const body = upstream([A], "hang");
    const reader = body.getReader();
    const out = await collect(
      passThroughEvents(reader, {
        idleTimeoutMs: 50,
        abortUpstream: (reason) => {
          aborted = reason;
          void reader.cancel(reason); // what aborting the fetch does to its body
        },
      }),
    );
    expect(aborted).toBeDefined();
    const text = dec(out).join("");
    expect(text).toContain('"type":"timeout_error"');
  });

  it("stops the upstream when the client cancels", async () => {
    let aborted = false;
    const stream = passThroughEvents(upstream([A], "hang").getReader(), { ...options, abortUpstream: () => (aborted = true) });
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel("client left");
    expect(aborted).toBe(true);
  });
});
