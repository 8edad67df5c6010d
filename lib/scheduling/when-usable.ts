// The moment the page's Run works (hydrated, its handler attached: components/run-controls.tsx says so). What the first
// view does not need waits for it, so that it does not compete for the network and the main thread with what makes
// Run usable. Outside a page (a worker, a test), there is nothing to wait for.

let resolveUsable: (() => void) | undefined;
const usable: Promise<void> =
  typeof document === "undefined"
    ? Promise.resolve()
    : new Promise((resolve) => {
        resolveUsable = resolve;
      });

/** Resolves once the page is usable. */
export const whenUsable = (): Promise<void> => usable;

/** Called once, when Run works. */
export function markUsable(): void {
  resolveUsable?.();
}
