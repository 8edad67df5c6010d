import { describe, expect, it } from "vitest";
import { readJsonBody } from "./read-body";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://x/", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readJsonBody", () => {
  it("keeps the bytes exactly as sent", async () => {
    const text = '{"model":"m",  "messages":[]}';
    const result = await readJsonBody(post(text), 1000);
    expect(result.ok && new TextDecoder().decode(result.bytes)).toBe(text);
  });

  it("refuses a body over the limit with 413, by its declared length or while reading", async () => {
    const declared = await readJsonBody(post("{}", { "content-length": "5000" }), 1000);
    expect(!declared.ok && declared.response.status).toBe(413);
    const chunks = new ReadableStream({
      start(c) {
        for (let i = 0; i < 10; i++) c.enqueue(new TextEncoder().encode(" ".repeat(200)));
        c.close();
      },
    });
    const streamed = await readJsonBody(post(chunks), 1000);
    expect(!streamed.ok && streamed.response.status).toBe(413);
    expect(!streamed.ok && (await streamed.response.json()).error.type).toBe("request_too_large");
  });

  it("refuses invalid JSON and non-objects with 400", async () => {
    for (const body of ["{nope", "[1]", "42", "\u00ff"]) {
      const result = await readJsonBody(post(body), 1000);
      expect(!result.ok && result.response.status, body).toBe(400);
    }
  });
});
