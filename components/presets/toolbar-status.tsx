"use client";

import { useEffect, useState } from "react";

export interface Status {
  text: string;
  error: boolean;
}

/** How long a message that is not an error stays: long enough to read two lines twice. */
const INFO_MS = 8000;

/**
 * What the last preset action did, floating over the bottom of the page. In the header's row it took a width of
 * its own, so a message (kept until the next) pushed Run onto a second row and the page down by a row, at 1366
 * and 1440 px. The live region stays in the page, empty, so that screen readers announce each message. A message
 * that is not an error goes by itself, unless the pointer or the focus is on it; an error stays until dismissed.
 */
export function ToolbarStatus({ status, onDismiss }: { status: Status | null; onDismiss: () => void }) {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!status || status.error || held) return;
    const timer = setTimeout(onDismiss, INFO_MS);
    return () => clearTimeout(timer);
  }, [status, held, onDismiss]);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hovering or focusing the status keeps it on screen; it does nothing else
    <div
      className="pointer-events-none fixed inset-x-3 bottom-4 z-30 flex justify-center"
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <div
        className={
          status ? "panel pointer-events-auto flex max-w-xl items-start gap-3 px-3 py-2 shadow-lg" : "contents"
        }
      >
        <p
          role={status?.error ? "alert" : "status"}
          className={`text-sm ${status?.error ? "text-red-700 dark:text-red-400" : "text-slate-700 dark:text-slate-200"}`}
        >
          {status?.text}
        </p>
        {status && (
          <button
            type="button"
            aria-label="Dismiss message"
            onClick={onDismiss}
            className="shrink-0 text-muted hover:text-slate-900 dark:hover:text-slate-100"
          >
            ×
          </button>
        )}
      </div>
    </div>
  );
}
