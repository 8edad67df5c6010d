// The simulator's answers have the shapes of the recorded real ones in shared/fixtures.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSseText } from "@/lib/testing/stream-grammar";
import { RECORDED_DIR } from "@/lib/testing/recorded";
import { ask, testSimulator, type Json } from "@/lib/testing/simulator-client";

const fixture = (name: string) => readFileSync(path.join(RECORDED_DIR, name), "utf8");
const keys = (value: unknown) => Object.keys(value as object).sort();

describe("fidelity to the recorded replies", () => {
  const sim = testSimulator();

  it("a JSON reply has the recorded reply's fields, usage included (09)", async () => {
    const recorded = JSON.parse(fixture("09_nonstream_cache_usage.json")) as Json;
    const { json } = await sim.message(ask("Hello"));
    expect(keys(json)).toEqual(keys(recorded));
    expect(keys(json.usage)).toEqual(keys(recorded.usage));
    expect(keys(json.usage.cache_creation)).toEqual(keys(recorded.usage.cache_creation));
  });

  it("a stream's message_start and message_delta carry the recorded fields (13)", async () => {
    const recorded = fixture("13_text_stream_payloads.jsonl")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Json);
    const events = parseSseText(await (await sim.call("/v1/messages", { ...ask("Hello"), stream: true })).text()).map(
      (e) => e.data as Json,
    );
    const pick = (list: Json[], type: string) => list.find((e) => e.type === type)!;
    expect(keys(pick(events, "message_start").message)).toEqual(keys(pick(recorded, "message_start").message));
    expect(keys(pick(events, "message_start").message.usage)).toEqual(
      keys(pick(recorded, "message_start").message.usage),
    );
    expect(keys(pick(events, "message_delta").usage)).toEqual(keys(pick(recorded, "message_delta").usage));
    expect(events.map((e) => e.type).slice(0, 3)).toEqual(recorded.map((e) => e.type).slice(0, 3));
  });

  it("count_tokens answers the recorded shape (10)", async () => {
    const recorded = JSON.parse(fixture("10_count_tokens_response.json")) as Json;
    const json = (await (await sim.call("/v1/messages/count_tokens", ask("Hello"))).json()) as Json;
    expect(keys(json)).toEqual(keys(recorded));
    expect(Number.isInteger(json.input_tokens)).toBe(true);
  });

  it("errors have the recorded shape (11, 12), with the `details` newer replies add (null: no error code)", async () => {
    for (const name of ["11_error_404_not_found.json", "12_error_400_invalid_request.json"]) {
      const recorded = JSON.parse(fixture(name)) as Json;
      const response = await sim.call(
        "/v1/messages",
        name.startsWith("11") ? ask("Hi", "claude-does-not-exist") : { ...ask("Hi"), max_tokens: -1 },
      );
      const json = (await response.json()) as Json;
      expect(keys(json)).toEqual(keys(recorded));
      // The recordings are from 2025; the API has since added `error.details` (the SDK's `errorCode` reads it).
      expect(keys(json.error)).toEqual([...keys(recorded.error), "details"].sort());
      expect(json.error.details).toBeNull();
    }
  });

  it("successes carry every rate-limit header of the recorded reply (14), and request-id", async () => {
    const recordedHeaders = fixture("14_nonstream_with_ratelimit_headers.http")
      .split("\n\n")[0]
      .split("\n")
      .slice(1)
      .map((line) => line.split(":")[0].toLowerCase())
      .filter((name) => name.startsWith("anthropic-ratelimit-") || name === "request-id");
    expect(recordedHeaders.length).toBe(13);
    const response = await sim.call("/v1/messages", ask("Hello"));
    for (const name of recordedHeaders) expect(response.headers.get(name), name).toBeTruthy();
  });
});
