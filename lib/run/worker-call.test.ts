import { describe, expect, it } from "vitest";
import { HIGHLIGHTED_AT_END, type SegmentBatch } from "@/lib/markdown/code-highlighting";
import { segmentMarkdown } from "../markdown/segments";
import { runCallForPage } from "./worker-call";
import { textStream, tokenize } from "../stream/synthetic-stream";

describe("runCallForPage", () => {
  it("hands every finished segment on once, each batch asking for its last screenful's code highlighted", async () => {
    const reply = Array.from({ length: 80 }, (_, i) =>
      i % 4 === 0 ? `\`\`\`ts\nconst n${i} = ${i};\n\`\`\`` : `Paragraph ${i}.`,
    ).join("\n\n");
    const batches: SegmentBatch[] = [];
    const body = textStream(tokenize(reply));
    await runCallForPage(
      { model: "m", max_tokens: 1, messages: [] },
      {
        signal: new AbortController().signal,
        schedule: (publish) => void setTimeout(publish, 0),
        // In three reads some time apart, so that the segments come in more than one batch.
        fetch: async () => {
          const bytes = new TextEncoder().encode(body);
          const third = Math.ceil(bytes.length / 3);
          let at = 0;
          const stream = new ReadableStream<Uint8Array>({
            async pull(controller) {
              await new Promise((resolve) => setTimeout(resolve, 10));
              controller.enqueue(bytes.slice(at, (at += third)));
              if (at >= bytes.length) controller.close();
            },
          });
          return new Response(stream, { headers: { "content-type": "text/event-stream" } });
        },
        sendSegments: (batch) => batches.push(batch),
        post: () => {},
      },
    );
    expect(batches.flatMap((b) => b.sources)).toEqual(segmentMarkdown(reply).segments);
    expect(batches.length).toBeGreaterThan(1);
    expect(Math.max(...batches.map((b) => b.sources.length))).toBeGreaterThan(HIGHLIGHTED_AT_END);
    for (const batch of batches) expect(batch.highlightLast).toBe(Math.min(HIGHLIGHTED_AT_END, batch.sources.length));
  });
});
