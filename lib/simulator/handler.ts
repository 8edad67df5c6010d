// The simulator as a fetch handler: (Request) → Response, the same code in-process (the proxy's default
// upstream) and standalone (scripts/simulator.ts over node:http).
//   POST /v1/messages               JSON or SSE (`stream: true`)
//   POST /v1/messages/count_tokens  {input_tokens}
//   GET  /v1/models[/{id}]
// Fault injection: see ./faults.ts (`x-simulator-fault` header). Message threads: see ./threads.ts.
import type { MessageRequest } from "@/lib/messages/request-schema";
import { countRequestTokens, promptSegments } from "@/lib/messages/token-count";
import { validateRequest } from "@/lib/messages/validation/validate-request";
import { CATALOGUE_LOOKUP, type ModelLookup } from "@/lib/models/lookup";
import { PromptCache } from "./cache-store";
import { FAULT_HEADER, faultResponse, parseFaults } from "./faults";
import { stopEarly } from "./early-stop";
import { newId } from "./ids";
import { buildEvents, buildMessage, type MessageShell } from "./message-events";
import { getModel, listModels } from "./models-list";
import { pacingFromEnv, sleep, type Pacing } from "./pacing";
import { planReply } from "./reply-plan";
import { errorResponse, jsonResponse, rateLimitHeaders } from "./responses";
import { streamResponse } from "./stream-response";
import { findInvalidSignature } from "./thinking-signature";
import { betasOf, ThreadStore } from "./threads";

export interface SimulatorOptions {
  pacing?: Pacing;
  /** The prompt cache; a simulator has one for its lifetime. */
  cache?: PromptCache;
  /** The models as the simulated upstream serves them: the catalogue, or an upstream profile laid over it
   * (its limits, prices, own models, and how it refuses an over-long prompt). */
  models?: ModelLookup;
  /** The message threads it holds; likewise one per simulator. */
  threads?: ThreadStore;
}

type Held = Required<Pick<SimulatorOptions, "cache" | "threads">>;

export type SimulatorHandler = (request: Request) => Promise<Response>;
type Body = Record<string, unknown>;

/** A simulator with its own prompt cache (tests make one each; the app uses the shared default). */
export function createSimulator(options: SimulatorOptions = {}): SimulatorHandler {
  const held: Held = { cache: options.cache ?? new PromptCache(), threads: options.threads ?? new ThreadStore() };
  return (request) => guarded(request, { ...options, ...held });
}

const defaults: Held = { cache: new PromptCache(), threads: new ThreadStore() };

export function handleSimulatorRequest(request: Request, options: SimulatorOptions = {}): Promise<Response> {
  return guarded(request, {
    ...options,
    cache: options.cache ?? defaults.cache,
    threads: options.threads ?? defaults.threads,
  });
}

/** A bug in the simulator answers as the API's 500, never as a thrown error in the proxy. */
async function guarded(request: Request, options: SimulatorOptions & Held): Promise<Response> {
  try {
    return await handle(request, options);
  } catch (error) {
    if (request.signal.aborted) return new Response(null, { status: 499 });
    return errorResponse("api_error", `Simulator error: ${(error as Error).message}`);
  }
}

async function handle(request: Request, options: SimulatorOptions & Held): Promise<Response> {
  const faults = parseFaults(request.headers.get(FAULT_HEADER));
  if (faults.slowHeadersMs > 0) await sleep(faults.slowHeadersMs, request.signal);
  const injected = faultResponse(faults);
  if (injected) return injected;

  const url = new URL(request.url);
  const path = url.pathname.replace(/\/+$/, "");
  const modelPath = path.match(/\/v1\/models(?:\/([^/]+))?$/);
  const models = options.models ?? CATALOGUE_LOOKUP;
  if (modelPath && request.method === "GET")
    return modelPath[1] ? getModel(decodeURIComponent(modelPath[1]), models) : listModels(url, models);

  const endpoint = path.endsWith("/v1/messages/count_tokens")
    ? "count_tokens"
    : path.endsWith("/v1/messages")
      ? "messages"
      : null;
  if (!endpoint) return errorResponse("not_found_error", `Not found: ${request.method} ${path}`);
  if (request.method !== "POST") return errorResponse("not_found_error", `Not found: ${request.method} ${path}`);

  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return errorResponse(
      "invalid_request_error",
      "There was an error parsing the body of your request: it is not valid JSON.",
    );
  }
  const thread = endpoint === "messages" ? options.threads.prepare(body as Body, betasOf(request.headers)) : undefined;
  if (thread && "refused" in thread) return thread.refused;
  if (thread) body = thread.body; // on a continue, the conversation the thread holds with the new turn
  const issues = validateRequest(body, { endpoint, models });
  if (issues.length > 0) return errorResponse(issues[0].errorType, issues[0].message, {}, { status: issues[0].status });

  const req = body as MessageRequest;
  const badSignature = endpoint === "messages" ? findInvalidSignature(req.messages) : undefined;
  if (badSignature) return errorResponse("invalid_request_error", badSignature.message);
  const model = models.find(req.model)!;
  const inputTokens = countRequestTokens(req);
  if (endpoint === "count_tokens") return jsonResponse({ input_tokens: inputTokens });

  const cached = options.cache.apply(model.id, promptSegments(req), model.minCacheableTokens);
  const written = cached.cacheWrite5mTokens + cached.cacheWrite1hTokens;
  const shell: MessageShell = {
    id: newId("msg"),
    model: req.model, // echoed as requested, alias or not
    usage: {
      input_tokens: inputTokens - cached.cacheReadTokens - written,
      cache_creation_input_tokens: written,
      cache_read_input_tokens: cached.cacheReadTokens,
      cache_creation: {
        ephemeral_5m_input_tokens: cached.cacheWrite5mTokens,
        ephemeral_1h_input_tokens: cached.cacheWrite1hTokens,
      },
      service_tier: "standard",
      inference_geo: "not_available",
    },
  };
  const planned = planReply(req, model, {
    redactedThinking: faults.redactedThinking,
    serverCallsPerTurn: faults.serverCallsPerTurn,
  });
  const plan = faults.stop ? stopEarly(planned, faults.stop) : planned;
  const headers = rateLimitHeaders(inputTokens, plan.outputTokens);
  const message = buildMessage(plan, shell);
  const turn = thread?.start();
  if (!req.stream) {
    turn?.commit(message);
    return jsonResponse(message, headers);
  }
  return streamResponse(buildEvents(plan, shell), {
    pacing: options.pacing ?? pacingFromEnv(process.env.SIMULATOR_PACING),
    signal: request.signal,
    midStream: faults.midStream,
    headers: { "request-id": newId("req"), ...headers },
    // The thread holds the whole reply or none of it: one cut short is not stored.
    onEnd: (complete) => (complete ? turn?.commit(message) : turn?.release()),
  });
}
