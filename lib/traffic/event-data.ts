import type { StreamEvent } from "@/lib/stream/accumulate";

/** The JSON of a recorded event's `data:` lines, or undefined when it has none or they are not JSON. */
export function eventData(text: string): StreamEvent | undefined {
  const data = text
    .split(/\r?\n|\r/)
    .filter((line) => line.startsWith("data:"))
    .map((line) => line.slice(line.startsWith("data: ") ? 6 : 5))
    .join("\n");
  if (!data) return undefined;
  try {
    const value = JSON.parse(data) as StreamEvent;
    return value && typeof value === "object" ? value : undefined;
  } catch {
    return undefined;
  }
}
