import { PassThrough, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { lastBoundaryEnd, pipeEvents, type PassthroughOptions } from "./event-passthrough";

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (chunks: Uint8Array[]) => chunks.map((c) => new TextDecoder().decode(c));

/** An upstream body (a Node stream, as node:http gives) that yields the given chunks, each on its own
 * (a list: all at once, as node:http hands on the chunks of one read), then ends or fails. */
function upstream(chunks: (string | string[])[], end: "close" | Error | "hang" = "close"): PassThrough {
  const source = new PassThrough();
  setImmediate(async () => {
    for (const chunk of chunks) {
      for (const piece of [chunk].flat()) source.write(enc(piece));
      await new Promise((r) => setTimeout(r, 1));
    }
    if (end === "close") source.end();
    else if (end instanceof Error) source.destroy(end);
  });
  return source;
}

/** Pipes the upstream into a sink (as the client's response) and collects its writes, one for one. */
function collect(source: PassThrough, options: PassthroughOptions): Promise<Uint8Array[]> {
  const writes: Uint8Array[] = [];
  const sink = new Writable({
    write(chunk: Uint8Array, _encoding, done) {
      writes.push(chunk);
      done();
    },
  });
  pipeEvents(source, sink, options);
  return new Promise((resolve, reject) => sink.once("finish", () => resolve(writes)).once("error", reject));
}

const A = 'event: ping\ndata: {"type":"ping"}\n\n';
const B = 'event: message_stop\ndata: {"type":"message_stop"}\n\n';

describe("lastBoundaryEnd", () => {
  it("finds the end of the last complete event, for LF, CRLF and CR line ends", () => {
    expect(lastBoundaryEnd(enc(A))).toBe(A.length);
    expect(lastBoundaryEnd(enc(`${A}event: x\nda`))).toBe(A.length);
    expect(lastBoundaryEnd(enc("data: 1\r\n\r\ndata: 2"))).toBe(11);
    expect(lastBoundaryEnd(enc("data: 1\r\rdata"))).toBe(9);
    expect(lastBoundaryEnd(enc("data: 1\n"))).toBe(0);
  });
});

describe("pipeEvents", () => {
  const options: PassthroughOptions = { idleTimeoutMs: 0, abortUpstream: () => {} };

  it("forwards whole-event chunks as they are, as they arrive", async () => {
    const out = await collect(upstream([A, B]), options);
    expect(dec(out)).toEqual([A, B]);
  });

  it("sends the chunks that arrive together (one read of the socket) in one write", async () => {
    const out = await collect(
      upstream([
        [A, B, A],
        [B, B],
      ]),
      options,
    );
    expect(dec(out)).toEqual([A + B + A, B + B]);
  });

  it("sends what arrived last before ending, and before an error event", async () => {
    expect(dec(await collect(upstream([[A, B]]), options))).toEqual([A + B]);
    const reset = Object.assign(new Error("reset"), { code: "ECONNRESET" });
    const source = new PassThrough();
    const out = collect(source, options);
    source.write(enc(A));
    source.write(enc(B));
    source.destroy(reset); // at once: the two events are still waiting for their write
    const text = dec(await out).join("");
    expect(text.startsWith(`${A + B}event: error\n`)).toBe(true);
  });

  it("holds back only an unfinished event until its end arrives", async () => {
    const out = await collect(upstream([A + B.slice(0, 10), B.slice(10)]), options);
    expect(dec(out)).toEqual([A, B]);
  });

  it("keeps reading while chunks hold no complete event (an event split in many pieces)", async () => {
    const pieces = [A.slice(0, 5), A.slice(5, 9), A.slice(9), B.slice(0, 3), B.slice(3)];
    const out = await collect(upstream(pieces), { ...options, first: enc("") });
    expect(dec(out).join("")).toBe(A + B);
  });

  it("ends a stream that fails mid-event with a well-formed error event after the last complete one", async () => {
    const reset = Object.assign(new TypeError("terminated"), { cause: { code: "ECONNRESET" } });
    const failures: string[] = [];
    const out = await collect(upstream([A, B.slice(0, 12)], reset), {
      ...options,
      requestId: "req_1",
      onFailure: (m) => failures.push(m),
    });
    const text = dec(out).join("");
    expect(text.startsWith(`${A}event: error\ndata: `)).toBe(true);
    const data = JSON.parse(text.slice(A.length).split("\n")[1].slice(6));
    expect(data).toEqual({
      type: "error",
      error: { type: "api_error", message: expect.stringContaining("connection reset"), details: null },
      request_id: "req_1",
    });
    expect(text.endsWith("\n\n")).toBe(true);
    expect(failures).toHaveLength(1);
  });

  it("ends a silent stream with a timeout error and stops the upstream", async () => {
    let aborted: unknown;
    const out = await collect(upstream([A], "hang"), {
      idleTimeoutMs: 50,
      abortUpstream: (reason) => (aborted = reason),
    });
    expect(aborted).toBeDefined();
    const text = dec(out).join("");
    expect(text.startsWith(A)).toBe(true);
    expect(text).toContain('"type":"timeout_error"');
  });

  it("stops the upstream when the client goes away", async () => {
    let aborted = false;
    const sink = new PassThrough();
    pipeEvents(upstream([A], "hang"), sink, { ...options, abortUpstream: () => (aborted = true) });
    await new Promise((resolve) => sink.once("data", resolve));
    sink.destroy();
    await new Promise((resolve) => sink.once("close", resolve));
    expect(aborted).toBe(true);
  });

  it("pauses the upstream while the client is not reading, and resumes when it drains", async () => {
    const source = upstream(Array.from({ length: 64 }, () => A));
    const sink = new PassThrough({ highWaterMark: 64 });
    pipeEvents(source, sink, options);
    await new Promise((r) => setTimeout(r, 50));
    expect(source.isPaused()).toBe(true);
    const received = (await sink.toArray()).map((c) => new TextDecoder().decode(c)).join("");
    expect(received).toBe(A.repeat(64));
  });

  it("does not take a pause for a slow client for a silent API: no timeout while the client is not reading", async () => {
    const source = upstream(Array.from({ length: 64 }, () => A));
    const sink = new PassThrough({ highWaterMark: 64 });
    let aborted: unknown;
    pipeEvents(source, sink, { idleTimeoutMs: 30, abortUpstream: (reason) => (aborted = reason) });
    await new Promise((r) => setTimeout(r, 120)); // four idle periods with the client not reading
    expect(source.isPaused()).toBe(true);
    expect(aborted).toBeUndefined();
    const received = (await sink.toArray()).map((c) => new TextDecoder().decode(c)).join("");
    expect(received).toBe(A.repeat(64));
  });
});
