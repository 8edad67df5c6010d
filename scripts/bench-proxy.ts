// `npm run bench:proxy`: what the proxy costs a stream. A local upstream emits timestamped SSE events;
// the same streams are read three ways: directly from the upstream, through a bare node:http passthrough
// (the floor for any Node proxy), and through the production server (`next start`, needs a prior build).
// For each path and 1/50/200 concurrent streams, in interleaved rounds: latency per event (receive time
// minus the upstream's write time, one clock: this process), the added latency against direct, time to
// first byte, CPU time of the proxy's process per forwarded event (/proc/<pid>/stat), lost or reordered
// events. Environment: BENCH_ROUNDS (default 3), BENCH_VERBOSE=1 prints each run's duration.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { startAppServer } from "../lib/testing/app-server";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/**
 * Streams at once → events per stream and ms between events. 300 events is a reply of about a thousand
 * tokens (the API sends a few tokens per delta); the per-request cost of a server is spread over them
 * as it is in real use. 200 streams send fewer, slower events, so the run stays within about three minutes.
 */
const LEVELS: { streams: number; events: number; intervalMs: number }[] = [
  { streams: 1, events: 300, intervalMs: 5 },
  { streams: 50, events: 300, intervalMs: 10 },
  { streams: 200, events: 100, intervalMs: 20 },
];
const TEXT = "The quick brown fox jumps over the lazy dog";
const CLK_TCK = 100; // Linux USER_HZ

// ── the upstream ─────────────────────────────────────────────────────────────────────────────────────
function startUpstream(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    if (req.method === "GET")
      return void res.writeHead(200, { "content-type": "application/json" }).end('{"data":[],"has_more":false}');
    req.resume();
    const query = new URL(req.url ?? "/", "http://x").searchParams;
    const events = Number(query.get("events"));
    const interval = Number(query.get("interval"));
    res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "request-id": "req_bench" });
    let seq = 0;
    const tick = () => {
      if (res.destroyed) return;
      if (seq === events) return void res.end('event: message_stop\ndata: {"type":"message_stop"}\n\n');
      const data = `{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"${TEXT}"},"seq":${seq++},"t":${performance.now()}}`;
      res.write(`event: content_block_delta\ndata: ${data}\n\n`);
      setTimeout(tick, interval);
    };
    tick();
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

// ── the bare passthrough, in its own process so its CPU can be measured alone ─────────────────────────
const BARE = `
const http = require("node:http");
const up = new URL(process.env.UPSTREAM);
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
const server = http.createServer((req, res) => {
  const out = http.request({ host: up.hostname, port: up.port, path: req.url, method: req.method, agent,
    headers: { "content-type": "application/json", "x-api-key": "sk-bench", "anthropic-version": "2023-06-01" } }, (ur) => {
    res.writeHead(ur.statusCode, { "content-type": ur.headers["content-type"], "cache-control": "no-cache" });
    ur.pipe(res);
  });
  res.on("close", () => out.destroy());
  req.pipe(out);
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));`;

function startBare(upstream: string): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ["-e", BARE], {
    env: { ...process.env, UPSTREAM: upstream },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve) =>
    child.stdout!.once("data", (d) => resolve({ url: `http://127.0.0.1:${String(d).trim()}`, process: child })),
  );
}

// ── CPU of a process and its descendants ──────────────────────────────────────────────────────────────
function cpuTicks(rootPid: number): number {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const text = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = text.slice(text.lastIndexOf(")") + 2).split(" "); // fields from 3 (state) on
      stats.set(Number(name), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }); // utime + stime
    } catch {
      // the process ended meanwhile
    }
  }
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, s] of stats) {
      if (tree.has(pid) || !tree.has(s.ppid)) continue;
      tree.add(pid);
      grew = true;
    }
  }
  let total = 0;
  for (const pid of tree) total += stats.get(pid)?.ticks ?? 0;
  return total;
}

// ── the client ────────────────────────────────────────────────────────────────────────────────────────
// A connection per stream: a reused idle socket may be closed by the server just as it is reused.
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
const REQUEST = JSON.stringify({
  model: "claude-opus-4-6",
  max_tokens: 1024,
  stream: true,
  messages: [{ role: "user", content: "Hi" }],
});

interface StreamResult {
  ttfb: number;
  latencies: number[];
  received: number;
  reordered: number;
  complete: boolean;
}

function readStream(base: string, path: string, level: (typeof LEVELS)[number]): Promise<StreamResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const result: StreamResult = { ttfb: 0, latencies: [], received: 0, reordered: 0, complete: false };
    const url = new URL(`${base}${path}?events=${level.events}&interval=${level.intervalMs}`);
    const req = http.request(
      url,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(REQUEST) },
      },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`${base}: HTTP ${res.statusCode}`));
        res.setEncoding("utf8");
        let buffer = "";
        let expected = 0;
        res.on("data", (chunk: string) => {
          const now = performance.now();
          if (!result.ttfb) result.ttfb = now - started;
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const event = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = JSON.parse(event.slice(event.indexOf("data: ") + 6)) as {
              type: string;
              seq?: number;
              t?: number;
            };
            if (data.type === "message_stop") result.complete = true;
            if (data.seq === undefined) continue;
            result.latencies.push(now - data.t!);
            if (data.seq !== expected) result.reordered++;
            expected = data.seq + 1;
            result.received++;
          }
        });
        res.on("end", () => resolve(result));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(REQUEST);
  });
}

// ── the run ───────────────────────────────────────────────────────────────────────────────────────────
interface Path {
  name: string;
  base: string;
  apiPath: string;
  pid?: number;
}
interface Sample {
  latencies: number[];
  ttfbs: number[];
  roundP50s: number[];
  events: number;
  lost: number;
  reordered: number;
  ticks: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
const sortNum = (values: number[]) => Float64Array.from(values).sort();

async function runOnce(path: Path, level: (typeof LEVELS)[number], sample: Sample) {
  const before = path.pid ? cpuTicks(path.pid) : 0;
  const results = await Promise.all(
    Array.from({ length: level.streams }, () => readStream(path.base, path.apiPath, level)),
  );
  sample.ticks += path.pid ? cpuTicks(path.pid) - before : 0;
  const round: number[] = [];
  for (const r of results) {
    sample.latencies.push(...r.latencies);
    round.push(...r.latencies);
    sample.ttfbs.push(r.ttfb);
    sample.events += r.received;
    sample.lost += level.events - r.received + (r.complete ? 0 : 1);
    sample.reordered += r.reordered;
  }
  sample.roundP50s.push(quantile(Array.from(sortNum(round)), 0.5));
}

async function main() {
  const upstream = await startUpstream();
  const upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  const bare = await startBare(upstreamUrl);
  // The production server twice: recording traffic (the default; a fresh SQLite file) and with recording off.
  const dir = mkdtempSync(join(tmpdir(), "bench-proxy-"));
  const server = (record: boolean) =>
    startAppServer({
      ANTHROPIC_API_KEY: "sk-bench-not-a-real-key",
      ANTHROPIC_BASE_URL: upstreamUrl,
      PLAYGROUND_RATE_LIMIT: "0",
      PLAYGROUND_DB: join(dir, `${record}.db`),
      PLAYGROUND_RECORD_TRAFFIC: record ? "on" : "off",
    });
  const app = await server(true);
  const unrecorded = await server(false);
  const paths: Path[] = [
    { name: "direct", base: upstreamUrl, apiPath: "/v1/messages" },
    { name: "bare node:http", base: bare.url, apiPath: "/v1/messages", pid: bare.process.pid },
    { name: "next start", base: app.url, apiPath: "/api/v1/messages", pid: app.process.pid },
    { name: "next, no record", base: unrecorded.url, apiPath: "/api/v1/messages", pid: unrecorded.process.pid },
  ];
  const samples = new Map<string, Sample>();
  const sampleOf = (p: Path, streams: number) => {
    const key = `${p.name}|${streams}`;
    if (!samples.has(key))
      samples.set(key, { latencies: [], ttfbs: [], roundP50s: [], events: 0, lost: 0, reordered: 0, ticks: 0 });
    return samples.get(key)!;
  };
  const started = performance.now();
  try {
    // Warm up every path (JIT, connection pools, Next's route compilation on first request).
    for (const p of paths)
      await runOnce(
        p,
        { streams: 10, events: 20, intervalMs: 5 },
        { latencies: [], ttfbs: [], roundP50s: [], events: 0, lost: 0, reordered: 0, ticks: 0 },
      );
    for (let round = 0; round < ROUNDS; round++) {
      for (const level of LEVELS) {
        // Interleaved, and the order rotates per round, so drift in machine load spreads over all paths.
        const order = paths.map((_, i) => paths[(i + round) % paths.length]);
        for (const p of order) {
          const t = performance.now();
          await runOnce(p, level, sampleOf(p, level.streams));
          if (process.env.BENCH_VERBOSE)
            process.stderr.write(`  ${p.name} × ${level.streams}: ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
        }
      }
      process.stderr.write(
        `round ${round + 1}/${ROUNDS} done (${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
      );
    }
  } finally {
    await app.stop();
    await unrecorded.stop();
    bare.process.kill();
    rmSync(dir, { recursive: true, force: true });
    upstream.closeAllConnections();
    upstream.close();
  }
  print(paths, samples);
}

function print(paths: Path[], samples: Map<string, Sample>) {
  const f = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : "—");
  const header = [
    "path",
    "streams",
    "events",
    "ttfb p50 ms",
    "lat p50 ms",
    "lat p99 ms",
    "added p50",
    "added p99",
    "round p50s ms",
    "cpu µs/event",
    "lost",
    "reordered",
  ];
  const rows: string[][] = [];
  const summary: Record<string, { added50: number; cpu: number }> = {};
  for (const level of LEVELS) {
    const direct = samples.get(`direct|${level.streams}`)!;
    const d = sortNum(direct.latencies);
    for (const p of paths) {
      const s = samples.get(`${p.name}|${level.streams}`)!;
      const l = sortNum(s.latencies);
      const cpu = p.pid ? (s.ticks / CLK_TCK / s.events) * 1e6 : NaN;
      const added50 = quantile(Array.from(l), 0.5) - quantile(Array.from(d), 0.5);
      summary[`${p.name}|${level.streams}`] = { added50, cpu };
      rows.push([
        p.name,
        String(level.streams),
        String(s.events),
        f(quantile(Array.from(sortNum(s.ttfbs)), 0.5), 1),
        f(quantile(Array.from(l), 0.5)),
        f(quantile(Array.from(l), 0.99)),
        p.pid ? f(added50) : "—",
        p.pid ? f(quantile(Array.from(l), 0.99) - quantile(Array.from(d), 0.99)) : "—",
        s.roundP50s.map((v) => f(v)).join("/"),
        p.pid ? f(cpu, 0) : "—",
        String(s.lost),
        String(s.reordered),
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(
    `\nbench:proxy: ${ROUNDS} interleaved rounds; latency = receive − upstream write; added = path − direct; CPU from /proc/<pid>/stat (10 ms ticks, summed over rounds)`,
  );
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
  const server = summary["next start|50"];
  const floor = summary["bare node:http|50"];
  const plain = summary["next, no record|50"];
  const lost200 = samples.get("next start|200")!;
  console.log(
    `\nat 50 streams: CPU/event next start (recording traffic) ÷ bare = ${f(server.cpu / floor.cpu)} (target ≤ 1.5); with recording off ${f(plain.cpu / floor.cpu)}; added p50 next start ${f(server.added50)} ms vs bare ${f(floor.added50)} ms`,
  );
  console.log(`at 200 streams through next start: ${lost200.lost} lost, ${lost200.reordered} reordered (target 0, 0)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
