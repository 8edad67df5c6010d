// npm run bench:stream-compare -- <checkout> <checkout> [...] — bench:stream for two or more builds, in interleaved
// invocations, with their runs pooled. On two shared cores the machine's load drifts between invocations (the same
// build measured 1.33× one hour and 1.61× the next), so a figure taken earlier is no baseline: only builds measured
// side by side, round after round, can be compared. Each checkout needs its own node_modules; each runs its own
// bench:stream (which builds the checkout's benchmarks' build first when its sources changed, before the timed runs),
// so a change to the benchmark itself is compared too.
// BENCH_ROUNDS (3) invocations of each, BENCH_RUNS (10) runs per invocation.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { bootstrapInterval, median, medianRatio } from "./bench-stats";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const RUNS = Number(process.env.BENCH_RUNS ?? 10);

interface Run {
  lastByteToRenderMs: number;
  longestTaskMs: number;
  lastByteToStopReasonMs: number;
  /** Code on screen still plain at the final render (builds that highlight code as it comes into view). */
  plainCodeInView?: number;
}
interface Invocation {
  app: Run[];
  floor: Run[];
}

/** One invocation of the checkout's own bench:stream; its runs come from the JSON line it prints last. */
function invoke(checkout: string): Promise<Invocation> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "scripts/bench-stream.ts"], {
      cwd: checkout,
      env: { ...process.env, BENCH_RUNS: String(RUNS), BENCH_CPU_RUNS: "0" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const line = output.split("\n").find((l) => l.startsWith('{"runs"'));
      if (code !== 0 || !line)
        return reject(new Error(`bench:stream in ${checkout} ended with code ${code}:\n${output.slice(-2000)}`));
      resolve((JSON.parse(line) as { runs: Invocation }).runs);
    });
  });
}

async function main() {
  const checkouts = process.argv.slice(2).map((dir) => path.resolve(dir));
  if (checkouts.length < 2)
    throw new Error("usage: npm run bench:stream-compare -- <checkout> <checkout> [...] (each with node_modules)");
  for (const dir of checkouts) {
    if (!existsSync(path.join(dir, "scripts/bench-stream.ts")))
      throw new Error(`${dir} is not a checkout of the playground`);
    if (!existsSync(path.join(dir, "node_modules/next")))
      throw new Error(`${dir} has no node_modules: run npm install there first`);
  }
  const pooled = checkouts.map(() => [] as Invocation[]);
  for (let round = 0; round < ROUNDS; round++) {
    // The order alternates, so that neither build always runs on the machine the other has just warmed.
    const order = round % 2 === 0 ? checkouts.map((_, i) => i) : checkouts.map((_, i) => checkouts.length - 1 - i);
    for (const i of order) {
      console.error(`round ${round + 1} of ${ROUNDS}: ${checkouts[i]}`);
      pooled[i].push(await invoke(checkouts[i]));
    }
  }

  const lastByte = (runs: Run[]) => runs.map((r) => r.lastByteToRenderMs);
  const all = pooled.map((invocations) => ({
    app: invocations.flatMap((v) => v.app),
    floor: invocations.flatMap((v) => v.floor),
  }));
  const over50 = (runs: Run[]) => `${runs.filter((r) => r.longestTaskMs > 50).length}/${runs.length}`;
  console.log(
    `bench:stream-compare — ${ROUNDS} interleaved invocations of ${RUNS} runs each; medians of the pooled runs`,
  );
  console.table(
    Object.fromEntries(
      checkouts.map((dir, i) => [
        dir,
        {
          appMs: Math.round(median(lastByte(all[i].app))),
          floorMs: Math.round(median(lastByte(all[i].floor))),
          ratio: medianRatio(lastByte(all[i].app), lastByte(all[i].floor)).toFixed(2),
          ratioPerInvocation: pooled[i]
            .map((v) => medianRatio(lastByte(v.app), lastByte(v.floor)).toFixed(2))
            .join(" "),
          taskOver50App: over50(all[i].app),
          taskOver50Floor: over50(all[i].floor),
          lastByteToStopReasonMs: Math.round(median(all[i].app.map((r) => r.lastByteToStopReasonMs))),
          plainCodeAtFinal: `${all[i].app.filter((r) => r.plainCodeInView).length}/${all[i].app.length}`,
        },
      ]),
    ),
  );
  // The app's own figures are compared directly (the runs were interleaved); the floor's say how alike the machine was.
  const base = lastByte(all[0].app);
  for (let i = 1; i < checkouts.length; i++) {
    const other = lastByte(all[i].app);
    const [low, high] = bootstrapInterval(base, other, (a, b) => median(b) - median(a));
    const difference = median(other) - median(base);
    console.log(
      `${checkouts[i]} against ${checkouts[0]}: last byte → final render ${difference >= 0 ? "+" : ""}${Math.round(difference)} ms (90% bootstrap interval ${Math.round(low)} to ${Math.round(high)} ms)`,
    );
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
