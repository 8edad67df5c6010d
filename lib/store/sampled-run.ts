// The active run at a reader's pace: a streaming run's snapshots change every frame, and a panel of figures redrawn
// that often costs the page a paint of its document per frame (bench:stream) for numbers nobody reads at 60 Hz.
import type { StoreApi } from "zustand";
import type { PlaygroundState } from "./playground-store";
import type { RunState } from "./run-slice";

/** How often the figures of a streaming call are redrawn: ten times a second reads as live. */
export const SAMPLE_MS = 100;

export const activeRun = (state: PlaygroundState): RunState | undefined =>
  state.activeRunId ? state.runs[state.activeRunId] : undefined;

/**
 * Calls `show` with the active run now, then whenever it changes: at once when a run starts, ends or changes status,
 * and while one streams, with its latest snapshot at most every `everyMs`. Returns the unsubscribe.
 */
export function followActiveRun(
  store: Pick<StoreApi<PlaygroundState>, "getState" | "subscribe">,
  show: (run: RunState | undefined) => void,
  everyMs = SAMPLE_MS,
): () => void {
  let latest = activeRun(store.getState());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const showLatest = () => {
    timer = undefined;
    show(latest);
  };
  showLatest();
  const unsubscribe = store.subscribe((state) => {
    const next = activeRun(state);
    if (next === latest) return;
    const newerSnapshot = next?.status === "streaming" && latest?.status === "streaming" && next.id === latest.id;
    latest = next;
    if (newerSnapshot) timer ??= setTimeout(showLatest, everyMs);
    else {
      clearTimeout(timer);
      showLatest();
    }
  });
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}
