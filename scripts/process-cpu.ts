// CPU time per process while a benchmark runs, read from Linux's /proc: the app's server and each kind of Chromium
// process (the page's renderer, the GPU process that composites, the network service, the browser). On two shared
// cores a page's wall time follows the CPU that everything on the machine spends, so where that CPU goes says more than
// the wall time alone. Elsewhere than Linux it reports nothing.
import fs from "node:fs";

/** CPU time (ms) per process id, with the process's kind. */
export type CpuSnapshot = Map<number, { kind: string; ms: number }>;

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function kindOf(commandLine: string): string | undefined {
  if (commandLine.includes("scripts/server.mjs")) return "server";
  if (!/chrom(e|ium)/.test(commandLine)) return undefined;
  const type = /--type=(\S+)/.exec(commandLine)?.[1];
  if (!type) return "browser";
  if (type === "utility") return /--utility-sub-type=\S*network/i.test(commandLine) ? "network" : "utility";
  return type === "gpu-process" ? "gpu (compositing)" : type;
}

export function cpuSnapshot(): CpuSnapshot {
  const snapshot: CpuSnapshot = new Map();
  let entries: string[];
  try {
    entries = fs.readdirSync("/proc");
  } catch {
    return snapshot;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const kind = kindOf(fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " "));
      if (!kind) continue;
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command's name (which may hold spaces): utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      snapshot.set(Number(entry), { kind, ms: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND });
    } catch {
      // the process ended meanwhile
    }
  }
  return snapshot;
}

/** CPU ms spent per kind of process since `before` (processes started since count whole). */
export function cpuSince(before: CpuSnapshot): Record<string, number> {
  const spent: Record<string, number> = {};
  for (const [pid, { kind, ms }] of cpuSnapshot()) spent[kind] = (spent[kind] ?? 0) + ms - (before.get(pid)?.ms ?? 0);
  return spent;
}
