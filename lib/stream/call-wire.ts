// What crosses between the stream worker and the page. A snapshot's blocks that have not changed since the
// previous post are sent as null, so the page keeps their objects and their memoized views do not re-render;
// events are sent once each, packed, without their parsed data (the page only shows and stores the raw text).
import type { RequestBody } from "@/lib/messages/types";
import type { LiveBlock, LiveMessage } from "./accumulate";
import type { CallOutcome, CallUpdate } from "./run-call";
import { packEvents, unpackEvents, type PackedEvents, type RawEvent } from "./event-log";

type WireMessage = Omit<LiveMessage, "content"> & { content: (LiveBlock | null)[] };

export interface WireUpdate extends Omit<CallUpdate, "message" | "events" | "eventCount"> {
  message?: WireMessage;
  events: PackedEvents;
}
export interface WireOutcome extends Omit<CallOutcome, "message" | "events"> {
  message?: WireMessage;
  events: PackedEvents;
}

export type CallWorkerRequest =
  | { type: "start"; id: string; body: RequestBody; endpoint?: string; headers?: Record<string, string> }
  | { type: "abort"; id: string };
export type CallWorkerReply = { type: "update"; id: string; update: WireUpdate } | { type: "outcome"; id: string; outcome: WireOutcome };

/** The worker's side of one call: what the page has not seen yet. Events are handed to it one by one (runCall's
 * onEvent) and kept only until the next post. */
export class WireEncoder {
  private blocks: LiveBlock[] = [];
  private unsent: RawEvent[] = [];

  readonly add = (event: RawEvent): void => void this.unsent.push(event);

  update({ message, events: _events, eventCount: _count, ...rest }: CallUpdate): WireUpdate {
    return { ...rest, message: message && this.message(message), events: this.takeEvents() };
  }

  outcome({ message, events: _events, ...rest }: CallOutcome): WireOutcome {
    return { ...rest, message: message && this.message(message), events: this.takeEvents() };
  }

  private message(message: LiveMessage): WireMessage {
    const content = message.content.map((block, index) => (block === this.blocks[index] ? null : block));
    this.blocks = message.content;
    return { ...message, content };
  }

  private takeEvents(): PackedEvents {
    const packed = packEvents(this.unsent);
    this.unsent = [];
    return packed;
  }
}

/** The page's side of one call: whole snapshots again, unchanged blocks the same objects as before. */
export class WireDecoder {
  private blocks: LiveBlock[] = [];
  /** The call's append-only event log, as runCall keeps it. */
  readonly events: RawEvent[] = [];

  update({ message, events, ...rest }: WireUpdate): CallUpdate {
    this.append(events);
    return { ...rest, message: message && this.message(message), events: this.events, eventCount: this.events.length };
  }

  outcome({ message, events, ...rest }: WireOutcome): CallOutcome {
    this.append(events);
    return { ...rest, message: message && this.message(message), events: this.events };
  }

  private message(message: WireMessage): LiveMessage {
    const content = message.content.map((block, index) => {
      if (block === null) return this.blocks[index];
      return block.complete ? Object.freeze(block) : block;
    });
    this.blocks = content;
    return { ...message, content };
  }

  private append(events: PackedEvents) {
    for (const event of unpackEvents(events)) this.events.push(event);
  }
}
