import "server-only";

import type { TrafficFilter } from "@/lib/traffic/types";
import { guardApiRequest } from "../access";
import { readConfig } from "../config";
import { getDatabase } from "../database";
import { errorResponse } from "../error-response";
import { emit, flushTraffic, onTraffic } from "./recorder";
import { TrafficStore } from "./traffic-store";

// The traffic log's API (DESIGN.md: the playground's own API), behind the same checks as every other route: a list
// (newest first, by cursor, filtered), totals with a series over time, one call whole, clear, and a live feed.

const NO_STORE = { "cache-control": "no-store" };
const ID = /^[0-9a-z]{9}[A-Za-z0-9_-]{8}$/;

function time(value: string | null): number | undefined {
  if (!value) return undefined;
  const n = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  return Number.isFinite(n) ? n : undefined;
}

export function filterOf(params: URLSearchParams): TrafficFilter {
  const text = (name: string) => params.get(name)?.trim().slice(0, 200) || undefined;
  return {
    model: text("model"),
    status: text("status"),
    client: text("client"),
    q: text("q"),
    from: time(params.get("from")),
    to: time(params.get("to")),
  };
}

async function store(): Promise<TrafficStore> {
  return new TrafficStore(await getDatabase());
}

function storageError(error: unknown): Response {
  return errorResponse("api_error", `The traffic log could not be read: ${(error as Error).message}`, { status: 503 });
}

/** Runs `answer` after the access checks; a store that fails answers 503 with the reason. */
async function guarded(request: Request, answer: () => Promise<Response>): Promise<Response> {
  const refused = await guardApiRequest(request, readConfig());
  if (refused) return refused;
  try {
    return await answer();
  } catch (error) {
    return storageError(error);
  }
}

export function listTraffic(request: Request): Promise<Response> {
  return guarded(request, async () => {
    const params = new URL(request.url).searchParams;
    const cursor = params.get("cursor") ?? undefined;
    if (cursor !== undefined && !ID.test(cursor))
      return errorResponse("invalid_request_error", "cursor: not a cursor this API gave.");
    const limit = Number(params.get("limit") ?? 50);
    const page = await (await store()).list(filterOf(params), {
      cursor,
      limit: Number.isFinite(limit) ? limit : 50,
    });
    return Response.json(page, { headers: NO_STORE });
  });
}

export function trafficStats(request: Request): Promise<Response> {
  return guarded(request, async () => {
    const params = new URL(request.url).searchParams;
    const buckets = Number(params.get("buckets") ?? 24);
    const stats = await (await store()).stats(filterOf(params), Number.isFinite(buckets) ? buckets : 24);
    return Response.json(stats, { headers: NO_STORE });
  });
}

export function getTrafficCall(request: Request, id: string): Promise<Response> {
  return guarded(request, async () => {
    const call = ID.test(id) ? await (await store()).get(id) : undefined;
    if (!call) return errorResponse("not_found_error", "No recorded call has this id.", { status: 404 });
    // A row this version cannot read still answers, with the reason, so the page can say it.
    return Response.json(call, { status: "unreadable" in call ? 422 : 200, headers: NO_STORE });
  });
}

export function clearTraffic(request: Request): Promise<Response> {
  return guarded(request, async () => {
    await flushTraffic();
    await (await store()).clear();
    emit({ type: "cleared" });
    return new Response(null, { status: 204 });
  });
}

const KEEP_ALIVE_MS = 15_000;

/** Server-sent events: `event: call` with each new call's summary, `event: cleared`; comments keep it open. */
export async function trafficFeed(request: Request): Promise<Response> {
  const refused = await guardApiRequest(request, readConfig());
  if (refused) return refused;
  const encoder = new TextEncoder();
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      send(": traffic feed\n\n");
      const unsubscribe = onTraffic((event) =>
        send(
          event.type === "call"
            ? `event: call\ndata: ${JSON.stringify(event.call)}\n\n`
            : "event: cleared\ndata: {}\n\n",
        ),
      );
      const timer = setInterval(() => send(": keep-alive\n\n"), KEEP_ALIVE_MS);
      stop = () => {
        clearInterval(timer);
        unsubscribe();
      };
      request.signal.addEventListener("abort", () => {
        stop();
        try {
          controller.close();
        } catch {
          /* already closed */
        }
      });
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, {
    headers: { "content-type": "text/event-stream", "cache-control": "no-store", "x-accel-buffering": "no" },
  });
}
