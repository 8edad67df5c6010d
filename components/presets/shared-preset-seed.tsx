"use client";

import { useEffect } from "react";
import type { Result } from "@/lib/presets/result";
import type { Preset } from "@/lib/presets/schema";
import { usePlaygroundStore } from "@/lib/store/playground-store";

/** Hands the preset of a `/s/ID` page (read by the server) to the playground, as a link would. */
export function SharedPresetSeed({ result }: { result: Result<Preset> }) {
  useEffect(() => {
    usePlaygroundStore.getState().offerPreset({ source: "short-link", result });
  }, [result]);
  return null;
}
