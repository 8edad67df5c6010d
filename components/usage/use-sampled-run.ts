"use client";

import { useEffect, useState } from "react";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import type { RunState } from "@/lib/store/run-slice";
import { activeRun, followActiveRun } from "@/lib/store/sampled-run";

/** The active run as the Usage panel shows it: while it streams, ten snapshots a second rather than one a frame. */
export function useSampledRun(): RunState | undefined {
  const [run, setRun] = useState(() => activeRun(usePlaygroundStore.getState()));
  useEffect(() => followActiveRun(usePlaygroundStore, setRun), []);
  return run;
}
