// Builds a well-formed Messages SSE stream of one text block, for tests and the streaming benchmark.
export function textStream(deltas: string[], options: { model?: string; stopReason?: string } = {}): string {
  const event = (data: object) => `event: ${(data as { type: string }).type}\ndata: ${JSON.stringify(data)}\n\n`;
  const parts = [
    event({
      type: "message_start",
      message: {
        id: "msg_synthetic",
        type: "message",
        role: "assistant",
        model: options.model ?? "claude-opus-4-6",
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { input_tokens: 12, output_tokens: 1 },
      },
    }),
    event({ type: "content_block_start", index: 0, content_block: { type: "text", text: "" } }),
    event({ type: "ping" }),
  ];
  for (const text of deltas)
    parts.push(event({ type: "content_block_delta", index: 0, delta: { type: "text_delta", text } }));
  parts.push(
    event({ type: "content_block_stop", index: 0 }),
    event({
      type: "message_delta",
      delta: { stop_reason: options.stopReason ?? "end_turn", stop_sequence: null },
      usage: { output_tokens: deltas.length },
    }),
    event({ type: "message_stop" }),
  );
  return parts.join("");
}

/** Splits text into deltas of a few characters, roughly one token each. */
export function tokenize(text: string): string[] {
  return text.match(/\s*\S{1,4}|\s+/g) ?? [];
}
