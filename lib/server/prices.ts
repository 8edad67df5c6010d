import "server-only";

// Price overrides for gateways with their own prices, read from the file named by PLAYGROUND_PRICES_FILE.
// Read per request (the file is small) so an operator's edit shows without a restart.
import { readFile } from "node:fs/promises";
import { parsePriceFile } from "@/lib/usage/price-file";
import type { PriceOverrides } from "@/lib/usage/rates";

export interface PriceOverridesResult {
  overrides: PriceOverrides;
  /** Why the file was ignored, for the operator; the page then uses the catalogue's prices. */
  error?: string;
}

export async function readPriceOverrides(
  env: Record<string, string | undefined> = process.env,
): Promise<PriceOverridesResult> {
  const path = env.PLAYGROUND_PRICES_FILE;
  if (!path) return { overrides: {} };
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    return {
      overrides: {},
      error: `PLAYGROUND_PRICES_FILE could not be read (${(error as NodeJS.ErrnoException).code ?? "error"}).`,
    };
  }
  const result = parsePriceFile(text, "PLAYGROUND_PRICES_FILE");
  return "error" in result ? { overrides: {}, error: result.error } : result;
}
