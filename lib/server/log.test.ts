import { afterEach, describe, expect, it, vi } from "vitest";
import { log } from "./log";

const previous = process.env.PLAYGROUND_LOG_FORMAT;
afterEach(() => {
  vi.restoreAllMocks();
  if (previous === undefined) delete process.env.PLAYGROUND_LOG_FORMAT;
  else process.env.PLAYGROUND_LOG_FORMAT = previous;
});

function capture(stream: NodeJS.WriteStream) {
  const lines: string[] = [];
  vi.spyOn(stream, "write").mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  return lines;
}

describe("log", () => {
  it("writes one JSON object per line", () => {
    process.env.PLAYGROUND_LOG_FORMAT = "json";
    const out = capture(process.stdout);
    log("info", "POST /v1/messages 200", { status: 200, model: "m", skipped: undefined });
    expect(out).toHaveLength(1);
    expect(out[0].endsWith("\n")).toBe(true);
    expect(JSON.parse(out[0])).toMatchObject({ level: "info", msg: "POST /v1/messages 200", status: 200, model: "m" });
  });

  it("writes a short line for a terminal, warnings to stderr", () => {
    process.env.PLAYGROUND_LOG_FORMAT = "pretty";
    const err = capture(process.stderr);
    log("warn", "Redis is unreachable", { error: "refused", empty: "" });
    expect(err).toEqual(["Redis is unreachable error=refused\n"]);
  });
});
