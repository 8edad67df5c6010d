import "server-only";

import type { RecordedCall, TrafficFeedEvent } from "@/lib/traffic/types";
import { readConfig, type ServerConfig } from "../config";
import { getDatabase } from "../database";
import { log } from "../log";
import { onShutdown, perProcess } from "../runtime";
import { upstreamModels } from "../upstream-profile";
import { buildRecord } from "./build-record";
import type { CapturedCall } from "./capture";
import { TrafficStore } from "./traffic-store";

// The traffic log's writer: a call handed over when its response has closed waits in a queue, and the queue is written
// every FLUSH_MS in one transaction (the records built, keys masked, old calls pruned), then told to the live feed.
// Nothing here runs while a response is being written. The queue and the feed are per process (the proxy's routes and
// the App Router's are separate bundles), so a feed hears the calls of its own instance.

const FLUSH_MS = 150;
/** Calls waiting beyond this are dropped (the store is down or slow): the proxy never holds memory for them. */
const MAX_QUEUED = 5_000;

type Listener = (event: TrafficFeedEvent) => void;

const state = perProcess("traffic-recorder", () => ({
  queue: [] as CapturedCall[],
  timer: undefined as NodeJS.Timeout | undefined,
  flushing: Promise.resolve(),
  listeners: new Set<Listener>(),
  dropped: 0,
  shutdownHooked: false,
}));

/** Queues a finished call for the log. */
export function recordCall(call: CapturedCall): void {
  if (state.queue.length >= MAX_QUEUED) {
    state.dropped++;
    return;
  }
  state.queue.push(call);
  if (!state.shutdownHooked) {
    state.shutdownHooked = true;
    onShutdown(() => flushTraffic());
  }
  state.timer ??= setTimeout(() => {
    state.timer = undefined;
    void flushTraffic();
  }, FLUSH_MS);
}

/** Writes what is queued now; resolves once it is stored (tests, shutdown). */
export function flushTraffic(config: ServerConfig = readConfig()): Promise<void> {
  state.flushing = state.flushing.then(() => writeQueued(config));
  return state.flushing;
}

async function writeQueued(config: ServerConfig): Promise<void> {
  const calls = state.queue.splice(0);
  if (calls.length === 0) return;
  try {
    const models = await upstreamModels();
    const secrets = [config.apiKey, config.accessToken];
    const records: RecordedCall[] = calls.map((call) =>
      buildRecord(call, { prices: (model) => models.prices(model), secrets: [...secrets, ...call.secrets] }),
    );
    const store = new TrafficStore(await getDatabase(config));
    await store.add(records);
    await store.prune(config.trafficMaxDays, config.trafficMaxCalls);
    for (const record of records) {
      const { request, requestText, betas, response, ...summary } = record;
      emit({ type: "call", call: summary });
    }
  } catch (error) {
    log("warn", `traffic: ${calls.length} call(s) could not be recorded`, {
      route: "/api/traffic",
      reason: (error as Error)?.message?.slice(0, 200),
    });
  }
  if (state.dropped) {
    log("warn", `traffic: ${state.dropped} call(s) dropped while the store was behind`, { route: "/api/traffic" });
    state.dropped = 0;
  }
}

export function emit(event: TrafficFeedEvent): void {
  for (const listener of state.listeners) listener(event);
}

/** Listens to new calls (and clears); returns the unsubscribe. */
export function onTraffic(listener: Listener): () => void {
  state.listeners.add(listener);
  return () => state.listeners.delete(listener);
}
