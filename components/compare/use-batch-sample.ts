"use client";

import { useEffect, useState } from "react";
import { type PlaygroundState, usePlaygroundStore } from "@/lib/store/playground-store";
import { SAMPLE_MS } from "@/lib/store/sampled-run";

// One clock for every view of a batch of many calls (the results grid, its progress): the store changes several times
// per call and per frame, and each change redrawn was a frame that painted the page again (bench:compare). On a tick
// every view reads the store at once, so that React draws them in one commit: ten frames a second at most, which reads
// as live.
const views = new Set<() => void>();
let scheduled = false;

function tick() {
  scheduled = false;
  for (const view of views) view();
}

/** `select` of the store, read again at most every SAMPLE_MS while the store changes. `select` must be stable (a
 * module-level function). */
export function useBatchSample<T>(select: (state: PlaygroundState) => T): T {
  const [value, setValue] = useState(() => select(usePlaygroundStore.getState()));
  useEffect(() => {
    const view = () => setValue(select(usePlaygroundStore.getState()));
    views.add(view);
    view();
    const unsubscribe = usePlaygroundStore.subscribe((state, previous) => {
      // A batch that starts or ends shows so at once; what changes in between, at the clock's pace.
      if (state.batch?.status !== previous.batch?.status) return void setTimeout(tick);
      if (scheduled) return;
      scheduled = true;
      setTimeout(tick, SAMPLE_MS);
    });
    return () => {
      views.delete(view);
      unsubscribe();
    };
  }, [select]);
  return value;
}
