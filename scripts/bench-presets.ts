// Benchmark of the preset paths that carry large payloads: the fragment codec on a preset with a
// 200K-token system prompt, and the share store's write and read rate on a real SQLite file.
// Run: npm run bench:presets
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { canonicalJson } from "@/lib/presets/canonical-json";
import { decodePresetPayload, encodePresetPayload } from "@/lib/presets/link-codec";
import { makePreset } from "@/lib/presets/schema";
import { ShareStore } from "@/lib/server/presets/share-store";
import { openDatabase } from "@/lib/server/storage";

async function time<T>(label: string, runs: number, fn: () => Promise<T> | T): Promise<T> {
  let result!: T;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `${label}: median ${samples[Math.floor(runs / 2)].toFixed(1)} ms, max ${samples.at(-1)!.toFixed(1)} ms (${runs} runs)`,
  );
  return result;
}

async function main() {
  let seed = 7;
  const word = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) % 1e6).toString(36);
  const big = makePreset({
    name: "200K-token system prompt",
    request: {
      model: "claude-opus-4-6",
      max_tokens: 1024,
      system: Array.from({ length: 200_000 }, word).join(" "),
      messages: [{ role: "user", content: "Summarise." }],
    },
  });
  const json = canonicalJson(big);
  console.log(`preset: ${(json.length / 1024).toFixed(0)} KiB of canonical JSON`);
  const payload = await time("fragment encode", 5, () => encodePresetPayload(big));
  if (!payload.ok) throw new Error(payload.error.message);
  console.log(
    `fragment: ${(payload.value.length / 1024).toFixed(0)} KiB (${((payload.value.length / json.length) * 100).toFixed(0)}% of the JSON)`,
  );
  await time("fragment decode + validate", 5, () => decodePresetPayload(payload.value));

  const dir = mkdtempSync(join(tmpdir(), "bench-presets-"));
  const store = new ShareStore(await openDatabase({ file: join(dir, "playground.db") }));
  const count = 2_000;
  const small = Array.from({ length: count }, (_, i) =>
    makePreset({
      name: `bench ${i}`,
      request: {
        model: "claude-opus-4-6",
        max_tokens: 1024,
        messages: [{ role: "user", content: `prompt ${i} ${word()}` }],
      },
    }),
  );
  const ids: string[] = [];
  const start = performance.now();
  for (const preset of small) {
    const put = await store.put(preset);
    if (put.ok) ids.push(put.value.id);
  }
  const writeMs = performance.now() - start;
  console.log(
    `share store: ${count} small presets written in ${writeMs.toFixed(0)} ms (${((count / writeMs) * 1000).toFixed(0)}/s, one connection, WAL)`,
  );
  const readStart = performance.now();
  for (const id of ids) await store.get(id);
  const readMs = performance.now() - readStart;
  console.log(`share store: ${count} reads in ${readMs.toFixed(0)} ms (${((count / readMs) * 1000).toFixed(0)}/s)`);
  await time("share store put (200K-token preset)", 5, () => store.put({ ...big, name: `big ${word()}` }));
  await store.db.close();
  rmSync(dir, { recursive: true, force: true });
}

void main();
