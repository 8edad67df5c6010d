import { describe, expect, it } from "vitest";
import { parseSseText } from "@/lib/testing/stream-grammar";
import { ask, testSimulator, textOf, type Json } from "@/lib/testing/simulator-client";
import { createSimulator } from "./handler";
import { PromptCache } from "./cache-store";
import { MESSAGE_THREADS_BETA, THREAD_TTL_MS, ThreadStore } from "./threads";

const BETA = { "anthropic-beta": `other-beta-2026-01-01, ${MESSAGE_THREADS_BETA}` };
const create = { type: "create" };
const continueFrom = (id: string) => ({ type: "continue", previous_message_id: id });
const user = (content: unknown) => ({ role: "user", content });

async function errorOf(response: Response) {
  const body = (await response.json()) as Json;
  return { status: response.status, type: body.error.type, code: body.error.details?.error_code ?? null, body };
}

describe("message threads", () => {
  it("a continue sends only the new turn, and is answered as the whole conversation would be", async () => {
    const sim = testSimulator();
    const system = "You answer in one short paragraph.";
    const first = await sim.message({ ...ask("What is a tide?"), system, thread: create }, BETA);
    expect(first.response.status).toBe(200);
    const second = await sim.message(
      {
        model: "claude-opus-4-6",
        max_tokens: 1024,
        messages: [user("And a neap tide?")],
        thread: continueFrom(first.json.id),
      },
      BETA,
    );
    expect(second.response.status).toBe(200);
    expect(second.json.id).not.toBe(first.json.id);

    // The same conversation sent whole, without a thread: the same reply (ids aside), the same input counted.
    const whole = await sim.message({
      ...ask("What is a tide?"),
      system,
      messages: [user("What is a tide?"), { role: "assistant", content: first.json.content }, user("And a neap tide?")],
    });
    expect(textOf(second.json)).toBe(textOf(whole.json));
    expect(second.json.usage.input_tokens).toBe(whole.json.usage.input_tokens);

    // And the thread goes on from the newest reply.
    const third = await sim.message(
      { model: "claude-opus-4-6", max_tokens: 1024, messages: [user("Thanks.")], thread: continueFrom(second.json.id) },
      BETA,
    );
    expect(third.response.status).toBe(200);
  });

  it("continues a tool loop: the tool result alone is valid, as the thread holds the tool call", async () => {
    const sim = testSimulator();
    const tools = [
      {
        name: "get_weather",
        description: "Weather for a city",
        input_schema: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
      },
    ];
    const call = await sim.message(
      { ...ask("Please use get_weather for Paris."), tools, tool_choice: { type: "any" }, thread: create },
      BETA,
    );
    const toolUse = call.json.content.find((b: Json) => b.type === "tool_use");
    expect(toolUse).toBeDefined();
    const result = {
      model: "claude-opus-4-6",
      max_tokens: 1024,
      messages: [user([{ type: "tool_result", tool_use_id: toolUse.id, content: "Sunny, 21 °C" }])],
      thread: continueFrom(call.json.id),
    };
    const answered = await sim.message(result, BETA);
    expect(answered.response.status).toBe(200);
    expect(textOf(answered.json)).toContain("Sunny, 21 °C");
    // Without the thread the same messages are refused: the tool result answers no call.
    const { thread: _, ...alone } = result;
    expect((await sim.call("/v1/messages", alone)).status).toBe(400);
  });

  it("refuses a thread without the beta header, as a field the API does not know without it", async () => {
    const sim = testSimulator();
    const error = await errorOf(await sim.call("/v1/messages", { ...ask("Hi"), thread: create }));
    expect(error).toMatchObject({ status: 400, type: "invalid_request_error", code: null });
    expect(error.body.error.message).toBe("thread: Extra inputs are not permitted");
    expect(error.body.error.details).toBeNull();
    const bad = await errorOf(await sim.call("/v1/messages", { ...ask("Hi"), thread: { type: "fork" } }, BETA));
    expect(bad).toMatchObject({ status: 400, type: "invalid_request_error" });
  });

  it("answers each rejection with its status and error code", async () => {
    const sim = testSimulator();
    const first = await sim.message({ ...ask("Hello"), system: "Be brief.", thread: create }, BETA);
    const next = (id: string, extra: Json = {}) => ({
      model: "claude-opus-4-6",
      max_tokens: 256,
      messages: [user("More?")],
      thread: continueFrom(id),
      ...extra,
    });

    expect(await errorOf(await sim.call("/v1/messages", next("msg_never_stored"), BETA))).toMatchObject({
      status: 404,
      type: "not_found_error",
      code: "thread_not_found",
    });
    // system and tools stay with the thread: a continue may not send them.
    for (const extra of [{ system: "Be brief." }, { tools: [] }])
      expect(await errorOf(await sim.call("/v1/messages", next(first.json.id, extra), BETA))).toMatchObject({
        status: 400,
        type: "invalid_request_error",
        code: null,
      });
    expect(
      await errorOf(await sim.call("/v1/messages", next(first.json.id, { model: "claude-sonnet-4-6" }), BETA)),
    ).toMatchObject({ status: 400, code: "thread_fingerprint_mismatch" });
    // A refused continue leaves the thread as it was.
    expect((await sim.call("/v1/messages", next(first.json.id), BETA)).status).toBe(200);
    expect(await errorOf(await sim.call("/v1/messages", next(first.json.id), BETA))).toMatchObject({
      status: 400,
      type: "invalid_request_error",
      code: "thread_already_continued",
    });
  });

  it("refuses a second continue while the first streams, and stores a stream only once it is whole", async () => {
    const threads = new ThreadStore();
    const handler = createSimulator({
      pacing: { firstTokenMs: 150, tokensPerSecond: 0 },
      cache: new PromptCache(),
      threads,
    });
    const post = (body: Json, signal?: AbortSignal) =>
      handler(
        new Request("http://sim/v1/messages", {
          method: "POST",
          headers: BETA,
          body: JSON.stringify(body),
          signal,
        }),
      );
    const first = (await (await post({ ...ask("Hello"), thread: create })).json()) as Json;
    const turn = { model: "claude-opus-4-6", max_tokens: 256, stream: true, messages: [user("More?")] };

    // A stream cut short: nothing stored, and the thread may be continued again.
    const abort = new AbortController();
    const cut = await post({ ...turn, thread: continueFrom(first.id) }, abort.signal);
    expect(cut.status).toBe(200);
    const reader = cut.body!.getReader();
    const start = parseSseText(new TextDecoder().decode((await reader.read()).value));
    const cutId = (start[0].data as Json).message.id;
    abort.abort();
    await reader.cancel().catch(() => {});
    await new Promise((r) => setTimeout(r, 200));
    expect((await errorOf(await post({ ...turn, stream: false, thread: continueFrom(cutId) }))).code).toBe(
      "thread_not_found",
    );

    const streaming = await post({ ...turn, thread: continueFrom(first.id) });
    expect(await errorOf(await post({ ...turn, thread: continueFrom(first.id) }))).toMatchObject({
      status: 400,
      code: "thread_continue_in_flight",
    });
    const events = parseSseText(await streaming.text());
    expect(events.at(-1)!.name).toBe("message_stop");
    const streamedId = (events[0].data as Json).message.id;
    expect((await errorOf(await post({ ...turn, thread: continueFrom(first.id) }))).code).toBe(
      "thread_already_continued",
    );
    expect((await post({ ...turn, stream: false, thread: continueFrom(streamedId) })).status).toBe(200);
  });

  it("forgets a thread 5 minutes after its last reply, and the oldest past its bounds", async () => {
    let now = 1_000_000;
    const sim = testSimulator(() => now);
    const first = await sim.message({ ...ask("Hello"), thread: create }, BETA);
    now += THREAD_TTL_MS + 1;
    const late = await errorOf(
      await sim.call(
        "/v1/messages",
        {
          model: "claude-opus-4-6",
          max_tokens: 64,
          messages: [user("Still there?")],
          thread: continueFrom(first.json.id),
        },
        BETA,
      ),
    );
    expect(late).toMatchObject({ status: 404, code: "thread_not_found" });

    const bounded = new ThreadStore(() => now, { maxThreads: 2 });
    const small = testSimulator(() => now, { threads: bounded });
    const ids: string[] = [];
    for (const question of ["One?", "Two?", "Three?"])
      ids.push((await small.message({ ...ask(question), thread: create }, BETA)).json.id);
    expect(bounded.size).toBe(2);
    const again = (id: string) =>
      small.call(
        "/v1/messages",
        { model: "claude-opus-4-6", max_tokens: 64, messages: [user("And?")], thread: continueFrom(id) },
        BETA,
      );
    expect((await errorOf(await again(ids[0]))).code).toBe("thread_not_found");
    expect((await again(ids[2])).status).toBe(200);
  });
});
