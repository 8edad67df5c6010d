"use client";

import { exportFileName, exportPresets } from "@/lib/presets/file-format";
import type { Result } from "@/lib/presets/result";
import type { Preset } from "@/lib/presets/schema";
import { ok } from "@/lib/presets/result";

/** Saves presets as a JSON file through the browser's download (nothing goes to a server). */
export function downloadPresets(presets: Preset[]): Result<string> {
  const text = exportPresets(presets);
  if (!text.ok) return text;
  const name = exportFileName(presets);
  const url = URL.createObjectURL(new Blob([text.value], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return ok(name);
}
