import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { modelLookup } from "@/lib/models/lookup";
import { parseProfile } from "@/lib/models/profile";
import { ask, type Json } from "@/lib/testing/simulator-client";
import { createSimulator } from "./handler";
import { INSTANT_PACING } from "./pacing";

const example = readFileSync(path.join(__dirname, "..", "..", "profiles", "bytespike.json"), "utf8");

function simulatorWith(profileText?: string) {
  const parsed = profileText ? parseProfile(profileText, "profile") : undefined;
  if (parsed && "error" in parsed) throw new Error(parsed.error);
  const handler = createSimulator({ pacing: INSTANT_PACING, models: parsed && modelLookup(parsed.profile) });
  return (urlPath: string, body?: unknown) =>
    handler(
      new Request(`http://sim${urlPath}`, {
        method: body === undefined ? "GET" : "POST",
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
}

const longPrompt = ask("tide ".repeat(200_500));

describe("the simulator answers as its upstream does", () => {
  it("without a profile, as Anthropic's API: Opus 4.6 takes a 200K-token prompt and 100K max_tokens", async () => {
    const call = simulatorWith();
    expect((await call("/v1/messages", longPrompt)).status).toBe(200);
    expect((await call("/v1/messages", { ...ask("Hi"), max_tokens: 100_000 })).status).toBe(200);
    const over = await call("/v1/messages", ask("tide ".repeat(1_000_100)));
    expect(over.status).toBe(400);
    expect(((await over.json()) as Json).error).toEqual({
      type: "invalid_request_error",
      message: expect.stringMatching(/^prompt is too long: 1\d{6} tokens > 1000000 maximum$/),
      details: null,
    });
  });

  it("with the brief's gateway profile, as the gateway: 413 over 200K tokens, max_tokens capped at 32,768", async () => {
    const call = simulatorWith(example);
    const tooLong = await call("/v1/messages", longPrompt);
    expect(tooLong.status).toBe(413);
    expect(((await tooLong.json()) as Json).error).toEqual({
      type: "request_too_large",
      message: "Input exceeds 200K tokens",
      details: null,
    });
    const tooMany = await call("/v1/messages", { ...ask("Hi"), max_tokens: 40_000 });
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as Json).error.message).toMatch(/40000 > 32768/);
    expect((await call("/v1/messages", { ...ask("Hi"), max_tokens: 32_768 })).status).toBe(200);
    // The model object says the same limits.
    expect(await (await call("/v1/models/claude-opus-4-6")).json()).toMatchObject({
      max_input_tokens: 200_000,
      max_tokens: 32_768,
    });
    // Models the profile does not change keep Anthropic's limits, and its way of refusing applies to them too.
    const sonnet = await call("/v1/messages", ask("tide ".repeat(1_000_100), "claude-sonnet-4-6"));
    expect(sonnet.status).toBe(413);
    expect(((await sonnet.json()) as Json).error.message).toBe("Input exceeds 1M tokens");
  });

  it("serves a model only the profile describes, in /v1/models and /v1/messages", async () => {
    const call = simulatorWith(
      JSON.stringify({ models: { "gateway-mini": { label: "Gateway Mini", contextWindow: 8000, maxOutput: 1024 } } }),
    );
    const listed = ((await (await call("/v1/models?limit=100")).json()) as Json).data as Json[];
    expect(listed.find((m) => m.id === "gateway-mini")).toMatchObject({
      display_name: "Gateway Mini",
      max_tokens: 1024,
    });
    const reply = await call("/v1/messages", ask("Hi", "gateway-mini"));
    expect(reply.status).toBe(200);
    expect(((await reply.json()) as Json).model).toBe("gateway-mini");
    expect((await call("/v1/messages", ask("tide ".repeat(9000), "gateway-mini"))).status).toBe(400);
  });
});
