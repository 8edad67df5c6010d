import { describe, expect, it } from "vitest";
import { KNOWN_KEY } from "@/lib/testing/test-presets";
import { parsePastedCode } from "./paste-code";

const body = { model: "claude-opus-4-6", max_tokens: 1024, messages: [{ role: "user", content: "Hello, world" }] };

describe("Paste code", () => {
  it("reads the API documentation's curl example", () => {
    const docs = `curl https://api.anthropic.com/v1/messages \\
     --header "x-api-key: $ANTHROPIC_API_KEY" \\
     --header "anthropic-version: 2023-06-01" \\
     --header "content-type: application/json" \\
     --data \\
'{
    "model": "claude-opus-4-6",
    "max_tokens": 1024,
    "messages": [
        {"role": "user", "content": "Hello, world"}
    ]
}'`;
    expect(parsePastedCode(docs)).toEqual({ ok: true, source: "curl", request: body, betas: [], notes: [] });
  });

  it("reads double quotes with escapes, $'...' strings, --data=, -d glued, and a trailing pipe", () => {
    const json = JSON.stringify(body).replace(/"/g, '\\"');
    expect(
      parsePastedCode(`$ curl -s https://x/v1/messages -H 'content-type: application/json' -d "${json}" | jq .`),
    ).toMatchObject({ ok: true, request: body });
    expect(
      parsePastedCode(`curl https://x --data-raw=$'${JSON.stringify(body).replace("Hello", "Hello\\\\tthere")}'`),
    ).toMatchObject({
      ok: true,
      request: { messages: [{ content: "Hello\tthere, world" }] },
    });
    expect(parsePastedCode(`curl -d'${JSON.stringify(body)}' https://x`)).toMatchObject({ ok: true, request: body });
    expect(parsePastedCode(`curl https://x --json '${JSON.stringify(body)}'`)).toMatchObject({
      ok: true,
      request: body,
    });
  });

  it("reads a body from a here-document", () => {
    const script = `curl https://x/v1/messages -H "x-api-key: ${KNOWN_KEY}" --data @- <<'EOF'\n${JSON.stringify(body, null, 2)}\nEOF\necho done`;
    const result = parsePastedCode(script);
    expect(result).toMatchObject({ ok: true, request: body });
    // A pasted key is dropped, and the user is told.
    expect(JSON.stringify(result)).not.toContain(KNOWN_KEY);
    expect(result.ok && result.notes[0]).toMatch(/key in the command was ignored/);
  });

  it("reads the beta features of every anthropic-beta header, as the API documentation writes them", () => {
    const docs = `curl https://api.anthropic.com/v1/messages \\
     --header "x-api-key: $ANTHROPIC_API_KEY" \\
     --header "anthropic-version: 2023-06-01" \\
     --header "anthropic-beta: message-threads-2026-08-12, context-management-2025-06-27" \\
     -H 'Anthropic-Beta:my-beta-1' \\
     --data '${JSON.stringify(body)}'`;
    expect(parsePastedCode(docs)).toMatchObject({
      ok: true,
      betas: ["message-threads-2026-08-12", "context-management-2025-06-27", "my-beta-1"],
    });
  });

  it("reads a raw JSON body", () => {
    expect(parsePastedCode(`  ${JSON.stringify(body)}  `)).toEqual({
      ok: true,
      source: "json",
      request: body,
      betas: [],
      notes: [],
    });
  });

  it.each([
    ["", /Paste a curl command/],
    ["ls -la", /starting with curl/],
    ['curl https://x -d \'{"model": 1', /single quote/],
    ["curl https://x", /no request body/],
    ["curl https://x -d @body.json", /file body\.json/],
    ["curl https://x -d '{nope}'", /not valid JSON/],
    ['{"model": "m"}', /not a Messages request: max_tokens/],
    ["curl -d @- https://x <<EOF\n{}", /not closed/],
  ])("explains what is wrong with %j", (input, message) => {
    const result = parsePastedCode(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });
});
