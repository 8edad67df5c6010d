// Benchmarks of the simulator and of validation (the panel validates on every edit):
//   npm run bench:simulator
// Prints the median time per call for each case; run it on a quiet machine for comparable numbers.
import { validateRequest } from "../lib/messages/validation/validate-request";
import { PromptCache } from "../lib/simulator/cache-store";
import { createSimulator } from "../lib/simulator/handler";
import { INSTANT_PACING } from "../lib/simulator/pacing";

const simulator = createSimulator({ pacing: INSTANT_PACING, cache: new PromptCache() });
const small = {
  model: "claude-opus-4-6",
  max_tokens: 1024,
  messages: [{ role: "user", content: "Explain prompt caching in two sentences." }],
};
const large = { ...small, messages: [{ role: "user", content: "The tide follows the moon. ".repeat(25_000) }] }; // ≈ 150K tokens
const tools = {
  ...small,
  tools: [
    {
      name: "get_weather",
      input_schema: {
        type: "object",
        properties: { location: { type: "string" }, days: { type: "integer", minimum: 1, maximum: 7 } },
        required: ["location"],
      },
    },
  ],
  tool_choice: { type: "any" },
};
const thinking = { ...small, thinking: { type: "adaptive" }, output_config: { effort: "max" } };

async function median(name: string, runs: number, fn: () => unknown | Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(48)} median ${times[Math.floor(times.length / 2)].toFixed(3)} ms   p90 ${times[Math.floor(times.length * 0.9)].toFixed(3)} ms   (${runs} runs)`,
  );
}

const post = (body: unknown, path = "/v1/messages") =>
  simulator(new Request(`http://sim${path}`, { method: "POST", body: JSON.stringify(body) })).then((r) => r.text());

async function main() {
  await median("validateRequest, small request", 2000, () => validateRequest(small));
  await median("validateRequest, ~150K-token prompt", 30, () => validateRequest(large));
  await median("POST /v1/messages JSON, small", 500, () => post(small));
  await median("POST /v1/messages JSON, forced tool", 500, () => post(tools));
  await median("POST /v1/messages SSE (instant), thinking max", 300, () => post({ ...thinking, stream: true }));
  await median("POST /v1/messages/count_tokens, ~150K tokens", 30, () => post(large, "/v1/messages/count_tokens"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
