import { afterEach, describe, expect, it } from "vitest";
import { replaySse, replaySseInChunks, startFakeUpstream, type FakeUpstream } from "./fake-upstream";

// Multi-byte characters, so that a chunk boundary can fall inside one.
const SSE = Array.from({ length: 50 }, (_, i) => `event: content_block_delta\ndata: {"text":"é€😀 ${i}"}\n\n`).join("");

let upstream: FakeUpstream | undefined;
afterEach(async () => {
  await upstream?.close();
  upstream = undefined;
});

async function received(handler: Parameters<typeof startFakeUpstream>[0]): Promise<string> {
  upstream = await startFakeUpstream(handler);
  const response = await fetch(upstream.url);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text;
    text += value;
  }
}

describe("the fake upstream's replays", () => {
  it("sends the stream whole in chunks cut anywhere, characters split across chunks included", async () => {
    const text = await received((_req, res) => replaySseInChunks(res, SSE, 7));
    expect(text).toBe(SSE);
  });

  it("sends the stream whole event by event", async () => {
    const text = await received((_req, res) => replaySse(res, SSE));
    expect(text).toBe(SSE);
  });
});
