// Thinking signatures the simulator can check: a thinking block sent back must be exactly as the simulator
// returned it (the real API rejects an edited block, or one signed elsewhere, the same way). A block whose
// text is omitted (display "omitted") carries nothing to check and is accepted.
import { hashText, opaqueBase64 } from "./ids";

export function signThinking(thinking: string, seed: number): string {
  if (thinking === "") return opaqueBase64(seed ^ 0x51c, 240 + (seed % 120));
  const h = hashText(`thinking:${thinking}`);
  return opaqueBase64(h, 240 + (h % 120));
}

type Block = { type?: unknown; thinking?: unknown; signature?: unknown };

/** The first thinking block in the conversation whose signature does not match its text, as an API error. */
export function findInvalidSignature(
  messages: Array<{ role: string; content: unknown }>,
): { path: string; message: string } | undefined {
  for (const [m, message] of messages.entries()) {
    if (message.role !== "assistant" || !Array.isArray(message.content)) continue;
    for (const [b, block] of (message.content as Block[]).entries()) {
      if (block.type !== "thinking" || typeof block.thinking !== "string" || block.thinking === "") continue;
      if (block.signature !== signThinking(block.thinking, 0)) {
        return {
          path: `messages.${m}.content.${b}`,
          message: `messages.${m}.content.${b}: Invalid \`signature\` in \`thinking\` block`,
        };
      }
    }
  }
  return undefined;
}
