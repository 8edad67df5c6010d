// What crosses between the page and the stream worker, the one place its messages are declared:
//   page → worker   start (a call: its id, body, endpoint, headers), abort (a call by id),
//                   pool (a batch's calls, sent by the worker with bounded concurrency: call-pool.ts), abort-pool,
//                   markdown-port (where to send the Markdown segments a reply finishes: the Markdown worker's port);
//   worker → page   update (a snapshot while the call streams), outcome (how it ended); for a pool, pool-started (an
//                   attempt of one of its calls begins, under an id of its own that its updates and outcome carry),
//                   pool-waiting, pool-cancelled and pool-done.
// The chain of one call: startRun (runs.ts) → runCallInWorker (call-in-worker.ts, the page's side) → serveCall
// (stream.worker.ts) → runCallForPage (worker-call.ts) → runCall (lib/stream/run-call.ts).
// A snapshot's blocks that have not changed since the previous post are sent as null, so the page keeps their objects
// and their memoized views do not re-render; a block that grew is sent as what it gained (the text appended to its
// strings, the fields set), so a reply's text crosses once rather than whole at every post; the stream's text is sent
// once, as it arrived, for the page's event log (event-log.ts), as the bytes it came in, moved rather than copied
// (a string is copied into the message and out of it: a megabyte of a long reply's stream cost each side about ten
// milliseconds).
import type { RequestBody } from "@/lib/messages/types";
import type { LiveBlock, LiveMessage } from "../stream/accumulate";
import type { CallOutcome, CallUpdate } from "../stream/run-call";
import { EventLog, type SseChunk } from "../stream/event-log";

/** A block as it crosses: null when unchanged since the previous post, whole when new, or what it gained. */
type WireBlock = null | { whole: LiveBlock } | { appended: Record<string, string>; set: Record<string, unknown> };
type WireMessage = Omit<LiveMessage, "content"> & { content: WireBlock[] };

/** The stream since the previous post: its chunks (bytes, moved with the message) and their arrival times. */
export interface WireSse {
  text: SseChunk[];
  at: number[];
}
export interface WireUpdate extends Omit<CallUpdate, "message" | "events"> {
  message?: WireMessage;
  text: WireSse;
}
export interface WireOutcome extends Omit<CallOutcome, "message" | "events"> {
  message?: WireMessage;
  text: WireSse;
}

/** One call of a pool: what it sends, and whether a view shows its reply as Markdown as it streams. */
export interface PoolCall {
  body: RequestBody;
  headers?: Record<string, string>;
  markdown?: boolean;
}

export type CallWorkerRequest =
  | {
      type: "start";
      id: string;
      body: RequestBody;
      endpoint?: string;
      headers?: Record<string, string>;
      /** False when no view shows the reply as Markdown (a results grid's cell): its segments are not converted. */
      markdown?: boolean;
    }
  | { type: "abort"; id: string }
  | { type: "pool"; id: string; calls: PoolCall[]; concurrency: number }
  | { type: "abort-pool"; id: string }
  /** Where to send the Markdown segments that are finished as they stream (the Markdown worker's port). */
  | { type: "markdown-port"; port: MessagePort };
export type CallWorkerReply =
  | { type: "update"; id: string; update: WireUpdate }
  /** `retryInMs`: a pool's call that goes back to the queue for another try after that wait. */
  | { type: "outcome"; id: string; outcome: WireOutcome; retryInMs?: number }
  | { type: "pool-started"; pool: string; index: number; attempt: number; id: string }
  | { type: "pool-waiting"; pool: string; until: number | undefined }
  | { type: "pool-cancelled"; pool: string; index: number }
  | { type: "pool-done"; pool: string };

/** The buffers a reply's stream chunks hold, to move with it (postMessage's transfer list). */
export function transferables(reply: CallWorkerReply): ArrayBuffer[] {
  const sent = reply.type === "update" ? reply.update.text : reply.type === "outcome" ? reply.outcome.text : undefined;
  const buffers: ArrayBuffer[] = [];
  for (const chunk of sent?.text ?? []) if (typeof chunk !== "string") buffers.push(chunk.buffer as ArrayBuffer);
  return buffers;
}

/** The worker's side of one call: what the page has not seen yet. The stream is handed to it chunk by chunk
 * (runCall's onText) and kept only until the next post. */
export class WireEncoder {
  private blocks: LiveBlock[] = [];
  private unsent: WireSse = { text: [], at: [] };

  readonly addText = (text: string, at: number, bytes?: Uint8Array): void => {
    // A view of part of a buffer is copied out: moving its buffer would take the rest away from whoever holds it.
    const whole = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    this.unsent.text.push(bytes ? (whole ? bytes : bytes.slice()) : text);
    this.unsent.at.push(at);
  };

  update({ message, events: _events, ...rest }: CallUpdate): WireUpdate {
    return { ...rest, message: message && this.message(message), text: this.takeText() };
  }

  outcome({ message, events: _events, ...rest }: CallOutcome): WireOutcome {
    return { ...rest, message: message && this.message(message), text: this.takeText() };
  }

  private message(message: LiveMessage): WireMessage {
    const content = message.content.map((block, index) => encodeBlock(this.blocks[index], block));
    this.blocks = message.content;
    return { ...message, content };
  }

  private takeText(): WireSse {
    const text = this.unsent;
    this.unsent = { text: [], at: [] };
    return text;
  }
}

/** The page's side of one call: whole snapshots again, unchanged blocks the same objects as before. */
export class WireDecoder {
  private blocks: LiveBlock[] = [];
  /** The call's append-only event log, as runCall keeps it. */
  readonly events = new EventLog();

  update({ message, text, ...rest }: WireUpdate): CallUpdate {
    this.append(text, rest.eventCount);
    return { ...rest, message: message && this.message(message), events: this.events };
  }

  outcome({ message, text, ...rest }: WireOutcome): CallOutcome {
    this.append(text, rest.eventCount);
    return { ...rest, message: message && this.message(message), events: this.events };
  }

  private message(message: WireMessage): LiveMessage {
    const content = message.content.map((wire, index) => {
      const block = decodeBlock(this.blocks[index], wire);
      return block.complete && wire !== null ? Object.freeze(block) : block;
    });
    this.blocks = content;
    return { ...message, content };
  }

  private append(sent: WireSse, count = this.events.count) {
    sent.text.forEach((text, i) => this.events.append(text, sent.at[i]));
    this.events.count = count;
  }
}

/** What a snapshot's block gained since the previous one: blocks change only by text appended to their strings
 * (text, thinking, a tool's input) and fields set (accumulate.ts: a new value, never one changed in place), so the
 * same type with no field gone is sent as that. Anything else is sent whole. */
function encodeBlock(before: LiveBlock | undefined, block: LiveBlock): WireBlock {
  if (block === before) return null;
  if (!before || before.type !== block.type) return { whole: block };
  const was = before as unknown as Record<string, unknown>;
  const now = block as unknown as Record<string, unknown>;
  const appended: Record<string, string> = {};
  const set: Record<string, unknown> = {};
  let kept = 0;
  for (const key in now) {
    const value = now[key];
    if (key in was) kept++;
    if (value === was[key]) continue;
    const old = was[key];
    if (typeof value === "string" && typeof old === "string" && value.length > old.length && value.startsWith(old))
      appended[key] = value.slice(old.length);
    else set[key] = value;
  }
  if (kept !== Object.keys(was).length) return { whole: block };
  return { appended, set };
}

function decodeBlock(before: LiveBlock | undefined, wire: WireBlock): LiveBlock {
  if (wire === null) return before as LiveBlock;
  if ("whole" in wire) return wire.whole;
  const block = { ...before, ...wire.set } as Record<string, unknown>;
  for (const key in wire.appended) block[key] = (block[key] as string) + wire.appended[key];
  return block as unknown as LiveBlock;
}
