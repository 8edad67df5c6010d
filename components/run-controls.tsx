"use client";

import { useEffect } from "react";
import { markUsable } from "@/lib/scheduling/when-usable";
import { useRun } from "./hooks/use-run";
import { revealIssue } from "./panel/reveal-issue";
import { useRunBlocker } from "./panel/use-issues";

const REASON_ID = "run-blocked-reason";

/**
 * Run (or Stop), with the reason Run is disabled beside it. The group takes the room its row has left (a flex
 * basis of 0, so only Run itself counts when the row is laid out) and the reason fills that room: when the
 * reason took a width of its own, the header went to two rows while it was shown, and the whole page jumped by a
 * row as the first message was typed (1366 and 1440 px wide). Where the room is narrower than a few words (a
 * phone) the button shows only a mark, so that a disabled Run never stands without a visible way to the reason; Run's
 * tooltip and accessible description give the reason itself. The reason is a button that brings
 * what it is about into view (reveal-issue.ts).
 * It reads the run state itself: held by the page, a run's start and end re-rendered the whole page (every panel,
 * the request editor, the history) in the click's task and in the final render's.
 */
export function RunControls() {
  const { running, start: onRun, stop: onStop } = useRun();
  const blocked = useRunBlocker();
  // Marks the moment Run works (hydrated, handlers attached): read by `npm run bench:ui`.
  useEffect(() => {
    performance.mark("run-usable");
    document.documentElement.dataset.runUsable = "true";
    markUsable();
  }, []);
  return (
    <div className="flex flex-1 basis-0 items-center justify-end gap-2 self-stretch max-sm:gap-1.5">
      {blocked && !running && (
        <div className="@container min-w-0 flex-1 self-stretch">
          {/* A link to what blocks Run: two lines may cut the message, which the panel shows whole by its field. Its name
              leaves out the word "run", so that Run stays the one button named so; the reason is its description. */}
          <button
            type="button"
            aria-label={
              !blocked.hint
                ? "Go to the issue"
                : "variable" in blocked.target
                  ? "Go to the value to give"
                  : "Go to the message to write"
            }
            aria-describedby={REASON_ID}
            onClick={() => revealIssue(blocked.target)}
            className={`flex h-full w-full cursor-pointer items-center justify-end rounded text-right text-xs hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500 @max-[1.25rem]:hidden ${blocked.hint ? "text-muted" : "text-red-700 dark:text-red-400"}`}
            title={`${blocked.reason} (show where)`}
          >
            <span id={REASON_ID} data-hint={blocked.hint || undefined} className="line-clamp-2 @max-[6rem]:hidden">
              {blocked.reason}
            </span>
            <ReasonIcon hint={Boolean(blocked.hint)} />
          </button>
        </div>
      )}
      {running ? (
        <button
          type="button"
          onClick={onStop}
          aria-keyshortcuts="Escape"
          // Below lg the panels stack and the page scrolls to the reply (transcript.tsx): Stop floats at the window's
          // corner while the reply streams, so it stays in reach there (a phone has no Esc key).
          className="shrink-0 rounded-md bg-slate-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-slate-800 max-lg:fixed max-lg:right-4 max-lg:bottom-4 max-lg:z-40 max-lg:py-2.5 max-lg:shadow-lg"
        >
          Stop
        </button>
      ) : (
        <button
          type="button"
          onClick={onRun}
          disabled={Boolean(blocked)}
          aria-describedby={blocked ? REASON_ID : undefined}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          title={blocked?.reason ?? "Run (Ctrl/Cmd+Enter)"}
          className="shrink-0 rounded-md bg-indigo-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:cursor-not-allowed disabled:opacity-50"
        >
          Run
        </button>
      )}
    </div>
  );
}

/** The reason in the room of an icon: a pen for a message to write, a warning for an issue. */
function ReasonIcon({ hint }: { hint: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="hidden size-5 shrink-0 @max-[6rem]:block"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {hint ? (
        <path d="M12.5 4.5l3 3L7 16H4v-3l8.5-8.5zM11 6l3 3" />
      ) : (
        <>
          <circle cx="10" cy="10" r="7.5" />
          <path d="M10 6v5" />
          <circle cx="10" cy="14" r="0.4" fill="currentColor" />
        </>
      )}
    </svg>
  );
}
