"use client";

import { useEffect } from "react";

declare global {
  interface Window {
    runCompareFloor?: (bodies: string[]) => Promise<void>;
    __paintedNow?: () => void;
  }
}

/** Reads one stream through the proxy and appends each text delta to `out`, as it arrives. */
async function appendStream(body: string, out: Text) {
  const response = await fetch("/api/v1/messages", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += value;
    const events = buffer.split("\n\n");
    buffer = events.pop() ?? "";
    let text = "";
    for (const event of events) {
      const line = event.split("\n").find((l) => l.startsWith("data:"));
      const data = line && JSON.parse(line.slice(5));
      if (data?.type === "content_block_delta") text += data.delta.text;
    }
    out.appendData(text);
  }
}

/** The floor of `npm run bench:compare`: four streams through the same proxy, each appended to its own column as
 * plain text, side by side; the page notes when the last one is on screen. Part 2's bare script runs in this page too,
 * while someone types into its Notes. */
export function CompareFloor() {
  useEffect(() => {
    window.runCompareFloor = async (bodies) => {
      const columns = [...document.querySelectorAll("pre[data-floor]")];
      await Promise.all(
        bodies.map((body, i) => appendStream(body, columns[i].appendChild(document.createTextNode("")))),
      );
      requestAnimationFrame(() => setTimeout(() => window.__paintedNow?.()));
    };
    document.documentElement.dataset.floorReady = "true";
  }, []);
  return (
    <main style={{ display: "grid", gridTemplateColumns: "repeat(4, minmax(0, 1fr))", gap: 12, padding: 12 }}>
      {/* Typed into while the grid's calls run, as the playground's System prompt is: the browser's own cost of
          answering keys is then on both sides of the comparison. */}
      <textarea aria-label="Notes" rows={2} style={{ gridColumn: "1 / -1" }} />
      {[0, 1, 2, 3].map((i) => (
        <pre key={i} data-floor style={{ whiteSpace: "pre-wrap", overflow: "auto", maxHeight: "90vh", margin: 0 }} />
      ))}
    </main>
  );
}
