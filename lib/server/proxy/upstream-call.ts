import "server-only";

import { ATTEMPTS_HEADER, KEY_SOURCE_HEADER } from "@/lib/proxy-headers";
import type { ServerConfig } from "../config";
import { log as writeLog } from "../log";
import { errorResponse } from "../error-response";
import { redact, upstreamErrorBody } from "./api-error";
import type { ProxyAnswer } from "./answer";
import { describe, pipeEvents } from "./event-passthrough";
import { clientResponseHeaders, isEventStream, upstreamRequestHeaders, type CallMeta } from "./headers";
import { firstChunk, readAll, requestUpstream } from "./upstream-request";
import type { ProxyRequest } from "./proxy-request";
import { retryDelayMs } from "./retry";

class HeadersTimeout extends Error {}

export interface UpstreamCall {
  request: ProxyRequest;
  /** Fixed by the route (`/v1/messages`…): nothing the client sends can change the upstream host. */
  apiPath: string;
  body: Uint8Array | undefined;
  key: string;
  source: "server" | "user";
  config: ServerConfig;
  started: number;
}

const log = (apiPath: string, message: string) => writeLog("warn", `${apiPath}: ${message}`, { route: apiPath });

function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const done = () => {
      clearTimeout(timer);
      resolve(!signal.aborted);
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}

/** The client went away: nobody reads this answer, and nothing more is sent upstream. */
const clientGone = () => new Response(null, { status: 499 });

/**
 * Calls the upstream, retrying connection failures, timeouts and retryable statuses with backoff
 * (honouring retry-after) while nothing has reached the client yet. For an event stream the first chunk
 * is awaited before answering, so a stream that dies before its first byte is retried too.
 */
export async function callUpstream(call: UpstreamCall): Promise<ProxyAnswer> {
  const { request, apiPath, config } = call;
  const url = `${config.baseUrl}${apiPath}${request.search}`;
  const headers = upstreamRequestHeaders(request, call.key);
  const secrets = [call.key, config.apiKey];

  for (let attempt = 1; ; attempt++) {
    // One controller per attempt, aborted by the client going away, a timeout or the client's cancel.
    const attemptAbort = new AbortController();
    const onClientAbort = () => attemptAbort.abort(request.signal.reason);
    if (request.signal.aborted) return clientGone();
    request.signal.addEventListener("abort", onClientAbort, { once: true });
    const timer =
      config.upstreamTimeoutMs > 0
        ? setTimeout(() => attemptAbort.abort(new HeadersTimeout()), config.upstreamTimeoutMs)
        : undefined;
    let failure: { what: string; timedOut?: boolean };
    try {
      const response = await requestUpstream(url, {
        method: request.method,
        headers,
        body: call.body,
        signal: attemptAbort.signal,
      });
      const meta = { source: call.source, attempts: attempt, upstreamMs: performance.now() - call.started };

      if (response.status >= 200 && response.status < 300 && isEventStream(response.headers)) {
        clearTimeout(timer);
        const first = await withIdleTimeout(firstChunk(response.body), config.streamIdleTimeoutMs, attemptAbort);
        if (first.ok) {
          return {
            status: response.status,
            headers: clientResponseHeaders(response.headers, meta),
            pipe: (sink) =>
              pipeEvents(response.body, sink, {
                first: first.value,
                idleTimeoutMs: config.streamIdleTimeoutMs,
                abortUpstream: (reason) => attemptAbort.abort(reason),
                requestId: response.headers.get("request-id"),
                onFailure: (message) => log(apiPath, message),
              }),
          };
        }
        failure = {
          what: `the stream ended before its first byte (${first.timedOut ? "timed out" : describe(first.error)})`,
        };
      } else {
        const bytes = await readAll(response.body);
        clearTimeout(timer);
        if (response.status >= 200 && response.status < 300) {
          if (isJson(bytes))
            return new Response(bytes as BodyInit, {
              status: response.status,
              headers: clientResponseHeaders(response.headers, meta),
            });
          log(
            apiPath,
            `malformed ${response.status} answer (${response.headers.get("content-type") ?? "no content-type"})`,
          );
          return errorResponse(
            "api_error",
            `The API sent a malformed response (HTTP ${response.status}, ${response.headers.get("content-type") ?? "no content type"}, not JSON). Try again.`,
            { status: 502 },
          );
        }
        if (response.status < 400) {
          log(apiPath, `upstream answered ${response.status}, not followed`);
          return errorResponse(
            "api_error",
            `The API answered with HTTP ${response.status} (a redirect or an unexpected status), which the proxy does not follow. Check ANTHROPIC_BASE_URL.`,
            { status: 502 },
          );
        }
        const delay = retryDelayMs(attempt, config.maxRetries, config.retryBaseMs, {
          status: response.status,
          headers: response.headers,
        });
        if (delay === undefined) {
          log(apiPath, `upstream answered ${response.status} after ${attempt} attempt(s)`);
          return upstreamError(response.status, response.headers, bytes, meta, secrets);
        }
        log(
          apiPath,
          `upstream answered ${response.status}; retry ${attempt}/${config.maxRetries} in ${Math.round(delay)} ms`,
        );
        if (!(await sleep(delay, request.signal))) return clientGone();
        continue;
      }
    } catch (error) {
      clearTimeout(timer);
      if (request.signal.aborted) return clientGone();
      const timedOut = attemptAbort.signal.reason instanceof HeadersTimeout;
      failure = { timedOut, what: timedOut ? `no response within ${config.upstreamTimeoutMs} ms` : describe(error) };
    }

    // A failure without an answer: connection refused or reset, timeout, a stream cut before its first byte.
    const delay = retryDelayMs(attempt, config.maxRetries, config.retryBaseMs, {});
    if (delay === undefined) {
      log(apiPath, `${failure.what}; giving up after ${attempt} attempt(s)`);
      const attempts = `${attempt} attempt${attempt > 1 ? "s" : ""}`;
      const headers = { [ATTEMPTS_HEADER]: String(attempt), [KEY_SOURCE_HEADER]: call.source };
      return failure.timedOut
        ? errorResponse(
            "timeout_error",
            `The API did not answer within ${Math.round(config.upstreamTimeoutMs / 1000)} s (${attempts}). Try again, or raise PLAYGROUND_UPSTREAM_TIMEOUT_MS.`,
            { headers },
          )
        : errorResponse(
            "api_error",
            `The API could not be reached: ${failure.what} (${attempts}). Check the network or ANTHROPIC_BASE_URL, then try again.`,
            { status: 502, headers },
          );
    }
    log(apiPath, `${failure.what}; retry ${attempt}/${config.maxRetries} in ${Math.round(delay)} ms`);
    if (!(await sleep(delay, request.signal))) return clientGone();
  }
}

/** The first chunk, unless the stream stays silent for `ms` (then the attempt is aborted). */
async function withIdleTimeout<T extends { ok: boolean }>(
  pending: Promise<T>,
  ms: number,
  abort: AbortController,
): Promise<T & { timedOut?: boolean }> {
  if (ms <= 0) return pending;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T & { timedOut: boolean }>((resolve) => {
    timer = setTimeout(() => {
      abort.abort(new HeadersTimeout());
      resolve({ ok: false, timedOut: true } as T & { timedOut: boolean });
    }, ms);
  });
  try {
    return await Promise.race([pending, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function isJson(bytes: Uint8Array): boolean {
  try {
    JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    return true;
  } catch {
    return false;
  }
}

function upstreamError(
  status: number,
  upstreamHeaders: Headers,
  bytes: Uint8Array,
  meta: CallMeta,
  secrets: (string | undefined)[],
): Response {
  const text = redact(new TextDecoder().decode(bytes), secrets);
  const answer = upstreamErrorBody(
    status,
    text,
    upstreamHeaders.get("content-type"),
    upstreamHeaders.get("retry-after"),
  );
  const headers = clientResponseHeaders(upstreamHeaders, meta);
  if (answer.passthrough) {
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
    return new Response(text, { status, headers });
  }
  headers.set("content-type", "application/json");
  return Response.json(answer.body, { status, headers });
}
