import { spawn } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { cpuSince, cpuSnapshot } from "./process-cpu";

describe.runIf(fs.existsSync("/proc/self/stat"))("CPU per process", () => {
  it("counts the CPU a server process spends between two snapshots, by its kind", async () => {
    const before = cpuSnapshot();
    // A process whose command line names the app's server entry: it spends 400 ms of CPU (however busy the machine),
    // says so, and waits to be stopped.
    const child = spawn(process.execPath, [
      "-e",
      "for (let u = process.cpuUsage(); u.user + u.system < 400_000; u = process.cpuUsage()); console.log('spent'); setInterval(() => {}, 1000)",
      "scripts/server.mjs",
    ]);
    try {
      await new Promise((resolve) => child.stdout.once("data", resolve));
      const spent = cpuSince(before);
      const own = cpuSnapshot().get(child.pid!);
      expect(own?.kind).toBe("server");
      expect(own?.ms).toBeGreaterThanOrEqual(380);
      expect(own?.ms).toBeLessThan(1500);
      // Other tests may run app servers meanwhile: the kind's total is at least this one's.
      expect(spent.server).toBeGreaterThanOrEqual(380);
    } finally {
      child.kill();
    }
  });
});
