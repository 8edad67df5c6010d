// A simulator for tests: instant pacing unless given, its own prompt cache and threads (with an injectable clock),
// JSON helpers.
import { PromptCache } from "@/lib/simulator/cache-store";
import { createSimulator } from "@/lib/simulator/handler";
import { INSTANT_PACING, type Pacing } from "@/lib/simulator/pacing";
import { ThreadStore } from "@/lib/simulator/threads";

// biome-ignore lint/suspicious/noExplicitAny: tests read replies of any shape
export type Json = Record<string, any>;

export function testSimulator(now?: () => number, options: { pacing?: Pacing; threads?: ThreadStore } = {}) {
  const handler = createSimulator({
    pacing: options.pacing ?? INSTANT_PACING,
    cache: new PromptCache(now),
    threads: options.threads ?? new ThreadStore(now),
  });
  const call = (path: string, body?: unknown, headers: Record<string, string> = {}) =>
    handler(
      new Request(`http://sim${path}`, {
        method: body === undefined ? "GET" : "POST",
        headers,
        body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      }),
    );
  const message = async (body: Json, headers?: Record<string, string>) => {
    const response = await call("/v1/messages", body, headers);
    return { response, json: (await response.json()) as Json };
  };
  const count = async (body: Json) =>
    ((await (await call("/v1/messages/count_tokens", body)).json()) as Json).input_tokens as number;
  return { call, message, count };
}

export const ask = (content: unknown, model = "claude-opus-4-6") => ({
  model,
  max_tokens: 1024,
  messages: [{ role: "user", content }],
});
export const textOf = (m: Json) =>
  m.content
    .filter((b: Json) => b.type === "text")
    .map((b: Json) => b.text)
    .join("");
