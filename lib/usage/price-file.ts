// The price file a gateway operator may give (`PLAYGROUND_PRICES_FILE`): USD per million tokens per model.
// {"models": {"claude-opus-4-6": {"input": 5, "output": 25, "cacheWrite5m": 6.25, "cacheWrite1h": 10,
//   "cacheRead": 0.5, "source": "our gateway's price list", "date": "2026-11-01"}, "some-model": null}}
// A missing cache rate stays unknown (no rate is derived from another); `null` marks a model's price unknown.
import { z } from "zod";
import type { PriceOverrides } from "./rates";

const Rate = z.number().nonnegative().nullable().optional();

export const PriceFileSchema = z.object({
  models: z.record(
    z.string().min(1),
    z
      .object({
        input: Rate,
        output: Rate,
        cacheWrite5m: Rate,
        cacheWrite1h: Rate,
        cacheRead: Rate,
        source: z.string().optional(),
        date: z.string().optional(),
      })
      .nullable(),
  ),
});

export type PriceFile = z.infer<typeof PriceFileSchema>;

export function toOverrides(file: PriceFile, origin: string): PriceOverrides {
  const out: PriceOverrides = {};
  for (const [model, entry] of Object.entries(file.models)) {
    out[model] = entry && {
      input: entry.input ?? null,
      output: entry.output ?? null,
      cacheWrite5m: entry.cacheWrite5m ?? null,
      cacheWrite1h: entry.cacheWrite1h ?? null,
      cacheRead: entry.cacheRead ?? null,
      source: entry.source ?? origin,
      date: entry.date ?? "",
    };
  }
  return out;
}

/** Parses the file's text; a bad file is an error value with a message, never a crash. */
export function parsePriceFile(text: string, origin: string): { overrides: PriceOverrides } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { error: `${origin} is not valid JSON: ${(error as Error).message}` };
  }
  const parsed = PriceFileSchema.safeParse(json);
  if (!parsed.success)
    return { error: `${origin} does not match the price file format: ${z.prettifyError(parsed.error)}` };
  return { overrides: toOverrides(parsed.data, origin) };
}
