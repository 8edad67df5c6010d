// The price file a gateway operator may give (`PLAYGROUND_PRICES_FILE`): USD per million tokens per model.
// {"models": {"claude-opus-4-6": {"input": 5, "output": 25, "cacheWrite5m": 6.25, "cacheWrite1h": 10,
//   "cacheRead": 0.5, "webSearchPerThousand": 10, "source": "our gateway's price list", "date": "2026-11-01"},
//   "some-model": null}}
// A missing rate stays unknown (no rate is derived from another); `null` marks a model's price unknown.
import { z } from "zod";
import type { ModelPrices } from "@/lib/models/catalogue";

const Rate = z.number().nonnegative().nullable().optional();

const TokenRatesSchema = {
  input: Rate,
  output: Rate,
  cacheWrite5m: Rate,
  cacheWrite1h: Rate,
  cacheRead: Rate,
};

/** One model's prices in a price file (and in an upstream profile, which takes the same shape). */
export const PriceEntrySchema = z.object({
  ...TokenRatesSchema,
  /** USD per 1,000 web searches / web fetches (`usage.server_tool_use`). */
  webSearchPerThousand: Rate,
  webFetchPerThousand: Rate,
  /** A long-prompt band: above `aboveTokens` of prompt, every token of the call at these rates. */
  longPrompt: z.object({ aboveTokens: z.number().int().positive(), ...TokenRatesSchema }).optional(),
  source: z.string().optional(),
  date: z.string().optional(),
  note: z.string().optional(),
});

export type PriceEntry = z.infer<typeof PriceEntrySchema>;

export const PriceFileSchema = z.object({ models: z.record(z.string().min(1), PriceEntrySchema.nullable()) });

export type PriceFile = z.infer<typeof PriceFileSchema>;

/** A file's entry as prices: every rate it leaves out is unknown, never borrowed from the catalogue. */
export function toPrices(entry: PriceEntry, origin: string): ModelPrices {
  const r = (value: number | null | undefined) => value ?? null;
  const band = entry.longPrompt;
  return {
    input: r(entry.input),
    output: r(entry.output),
    cacheWrite5m: r(entry.cacheWrite5m),
    cacheWrite1h: r(entry.cacheWrite1h),
    cacheRead: r(entry.cacheRead),
    webSearchPerThousand: r(entry.webSearchPerThousand),
    webFetchPerThousand: r(entry.webFetchPerThousand),
    ...(band
      ? {
          longPrompt: {
            aboveTokens: band.aboveTokens,
            input: r(band.input),
            output: r(band.output),
            cacheWrite5m: r(band.cacheWrite5m),
            cacheWrite1h: r(band.cacheWrite1h),
            cacheRead: r(band.cacheRead),
          },
        }
      : {}),
    source: entry.source ?? origin,
    date: entry.date ?? "",
    ...(entry.note ? { note: entry.note } : {}),
  };
}

/** Parses the file's text; a bad file is an error value with a message, never a crash. */
export function parsePriceFile(text: string, origin: string): { file: PriceFile } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { error: `${origin} is not valid JSON: ${(error as Error).message}` };
  }
  const parsed = PriceFileSchema.safeParse(json);
  if (!parsed.success)
    return { error: `${origin} does not match the price file format: ${z.prettifyError(parsed.error)}` };
  return { file: parsed.data };
}
