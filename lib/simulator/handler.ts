// The simulator as a fetch handler: (Request) → Response, the same code in-process and standalone.
import { apiErrorBody, ERROR_STATUS } from "@/lib/messages/errors";
import type { ApiErrorType } from "@/lib/messages/types";
import { issuePath, MessageRequestSchema, type MessageRequest } from "@/lib/messages/request-schema";
import { contentText, systemText } from "@/lib/messages/content-text";
import { findModel, MODELS } from "@/lib/models";
import { composeReply } from "./reply-text";
import { countTextTokens, splitTokens } from "./tokenizer";
import { encodeSseEvent } from "./sse-encoder";
import { pacingFromEnv, sleep, type Pacing } from "./pacing";

export interface SimulatorOptions {
  pacing?: Pacing;
}

let requestCounter = 0;
function newId(prefix: string): string {
  requestCounter = (requestCounter + 1) % 1e9;
  return `${prefix}_sim${Date.now().toString(36)}${requestCounter.toString(36).padStart(6, "0")}`;
}

function errorResponse(type: ApiErrorType, message: string): Response {
  const requestId = newId("req");
  return Response.json(apiErrorBody(type, message, requestId), {
    status: ERROR_STATUS[type],
    headers: { "request-id": requestId },
  });
}

export async function handleSimulatorRequest(
  request: Request,
  options: SimulatorOptions = {},
): Promise<Response> {
  const path = new URL(request.url).pathname.replace(/\/+$/, "");
  if (path.endsWith("/v1/models") && request.method === "GET") return listModels();
  if (request.method !== "POST") return errorResponse("not_found_error", `Not found: ${request.method} ${path}`);

  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return errorResponse("invalid_request_error", "The request body is not valid JSON.");
  }
  const parsed = MessageRequestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return errorResponse("invalid_request_error", `${issuePath(issue.path)}: ${issue.message}`);
  }
  const body = parsed.data;
  const model = findModel(body.model);
  if (!model) return errorResponse("not_found_error", `model: ${body.model}`);
  if (body.max_tokens < 1 || body.max_tokens > model.maxOutput) {
    return errorResponse(
      "invalid_request_error",
      `max_tokens: ${body.max_tokens} > ${model.maxOutput}, which is the maximum allowed number of output tokens for ${model.id}`,
    );
  }
  const inputTokens = countInputTokens(body);
  if (path.endsWith("/count_tokens")) return Response.json({ input_tokens: inputTokens });
  if (path.endsWith("/v1/messages")) {
    const pacing = options.pacing ?? pacingFromEnv(process.env.SIMULATOR_PACING);
    return body.stream ? streamReply(body, inputTokens, pacing, request.signal) : jsonReply(body, inputTokens);
  }
  return errorResponse("not_found_error", `Not found: ${path}`);
}

function listModels(): Response {
  const data = MODELS.map((m) => ({ type: "model", id: m.id, display_name: m.label, created_at: "2026-01-01T00:00:00Z" }));
  return Response.json({ data, has_more: false, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null });
}

function countInputTokens(body: MessageRequest): number {
  const text = [systemText(body.system), ...body.messages.map((m) => contentText(m.content))].join("\n");
  return countTextTokens(text) + 3 * body.messages.length + (body.system ? 3 : 0);
}

interface Plan {
  tokens: string[];
  stopReason: "end_turn" | "max_tokens";
}

function planReply(body: MessageRequest): Plan {
  const lastUser = [...body.messages].reverse().find((m) => m.role === "user");
  const text = composeReply({
    question: contentText(lastUser?.content),
    system: systemText(body.system),
    temperature: body.temperature,
    topP: body.top_p,
  });
  const tokens = splitTokens(text);
  if (tokens.length > body.max_tokens) return { tokens: tokens.slice(0, body.max_tokens), stopReason: "max_tokens" };
  return { tokens, stopReason: "end_turn" };
}

function messageShell(body: MessageRequest, inputTokens: number) {
  return {
    id: newId("msg"),
    type: "message" as const,
    role: "assistant" as const,
    model: body.model,
    content: [] as unknown[],
    stop_reason: null as string | null,
    stop_sequence: null,
    usage: { input_tokens: inputTokens, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: 1 },
  };
}

function jsonReply(body: MessageRequest, inputTokens: number): Response {
  const plan = planReply(body);
  const message = messageShell(body, inputTokens);
  message.content = [{ type: "text", text: plan.tokens.join("") }];
  message.stop_reason = plan.stopReason;
  message.usage.output_tokens = plan.tokens.length;
  return Response.json(message, { headers: { "request-id": newId("req") } });
}

function streamReply(body: MessageRequest, inputTokens: number, pacing: Pacing, signal: AbortSignal): Response {
  const plan = planReply(body);
  const encoder = new TextEncoder();
  const perToken = pacing.tokensPerSecond > 0 ? 1000 / pacing.tokensPerSecond : 0;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: { type: string }) => controller.enqueue(encoder.encode(encodeSseEvent(event)));
      const shell = messageShell(body, inputTokens);
      send({ type: "message_start", message: shell } as { type: string });
      await sleep(pacing.firstTokenMs, signal);
      send({ type: "content_block_start", index: 0, content_block: { type: "text", text: "" } } as { type: string });
      send({ type: "ping" });
      // Several tokens per event at high speeds, as real streams batch them.
      const perEvent = 3;
      for (let i = 0; i < plan.tokens.length && !signal.aborted; i += perEvent) {
        const text = plan.tokens.slice(i, i + perEvent).join("");
        send({ type: "content_block_delta", index: 0, delta: { type: "text_delta", text } } as { type: string });
        await sleep(perToken * perEvent, signal);
      }
      if (signal.aborted) return controller.close();
      send({ type: "content_block_stop", index: 0 } as { type: string });
      send({
        type: "message_delta",
        delta: { stop_reason: plan.stopReason, stop_sequence: null },
        usage: { output_tokens: plan.tokens.length },
      } as { type: string });
      send({ type: "message_stop" });
      controller.close();
    },
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache", "request-id": newId("req") },
  });
}
