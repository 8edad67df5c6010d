import { describe, expect, it } from "vitest";
import { packEvents, unpackEvents } from "./event-log";

describe("packed event logs", () => {
  it("give back every event, names, data and times, including empty and multi-line data and non-ASCII text", () => {
    const events = [
      { name: "message_start", raw: '{"type":"message_start"}', at: 12.5 },
      { name: "ping", raw: "", at: 13 },
      { name: "content_block_delta", raw: '{"text":"héllo 👋\\n"}\nsecond line', at: 20.25 },
      { name: "", raw: "x", at: 0 },
    ];
    const packed = structuredClone(packEvents(events));
    expect(unpackEvents(packed)).toEqual(events);
  });

  it("pack an empty log", () => {
    expect(unpackEvents(packEvents([]))).toEqual([]);
  });
});
