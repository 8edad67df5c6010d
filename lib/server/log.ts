import "server-only";

import { readConfig } from "./config";

// The server's log: one JSON object per line (for a log collector), or a short line on a terminal
// (PLAYGROUND_LOG_FORMAT). Fields are the caller's choice; never put a key, a prompt or a reply in one.

export type Level = "info" | "warn" | "error";
export type Fields = Record<string, string | number | boolean | null | undefined>;

const COLOURS: Record<Level, string> = { info: "", warn: "\u001b[33m", error: "\u001b[31m" };

export function log(level: Level, msg: string, fields: Fields = {}): void {
  const stream = level === "info" ? process.stdout : process.stderr;
  if (readConfig().logFormat === "json") {
    stream.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
    return;
  }
  const rest = Object.entries(fields)
    .filter(([, value]) => value !== undefined && value !== null && value !== "")
    .map(([name, value]) => `${name}=${value}`)
    .join(" ");
  const colour = stream.isTTY ? COLOURS[level] : "";
  stream.write(`${colour}${msg}${rest ? ` ${rest}` : ""}${colour ? "\u001b[0m" : ""}\n`);
}
