import "server-only";

import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { perProcess } from "./runtime";

// Prometheus metrics of this process (PLAYGROUND_METRICS=on, served at /api/metrics). One registry per
// process, shared by every route's bundle; prom-client itself is loaded from node_modules (next.config.js).
// Scrape each instance: nothing is aggregated across processes here.

export interface Metrics {
  registry: Registry;
  calls: Counter<"route" | "status" | "source">;
  errors: Counter<"route" | "type">;
  tokens: Counter<"model" | "type">;
  upstreamSeconds: Histogram<"route">;
  durationSeconds: Histogram<"route" | "stream">;
  streamsInFlight: Gauge;
}

export function metrics(): Metrics {
  return perProcess("metrics", () => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry, prefix: "playground_" });
    const registers = [registry];
    return {
      registry,
      calls: new Counter({
        name: "playground_api_calls_total",
        help: "API calls answered, by route, HTTP status and key source (server, user, simulator).",
        labelNames: ["route", "status", "source"],
        registers,
      }),
      errors: new Counter({
        name: "playground_api_errors_total",
        help: "API calls that ended in an error (a status of 400 or more, or an error event mid-stream), by the API's error type.",
        labelNames: ["route", "type"],
        registers,
      }),
      tokens: new Counter({
        name: "playground_tokens_total",
        help: "Tokens reported by the API's usage, by model and type (input, output, cache_read, cache_write).",
        labelNames: ["model", "type"],
        registers,
      }),
      upstreamSeconds: new Histogram({
        name: "playground_upstream_latency_seconds",
        help: "From the call's arrival to the upstream's response headers, retries included.",
        labelNames: ["route"],
        buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120],
        registers,
      }),
      durationSeconds: new Histogram({
        name: "playground_api_call_duration_seconds",
        help: "From the call's arrival to its last byte.",
        labelNames: ["route", "stream"],
        buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300],
        registers,
      }),
      streamsInFlight: new Gauge({
        name: "playground_streams_in_flight",
        help: "Event streams being sent to clients now.",
        registers,
      }),
    };
  });
}
