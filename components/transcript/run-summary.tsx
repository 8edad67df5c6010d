"use client";

import { explainError } from "@/lib/messages/error-explanations";
import type { RunState } from "@/lib/store/run-slice";
import { StopReasonNote } from "./stop-reason-note";

/** Under the reply: how it ended (stop reason and sequence, stopped by the user) and any error. */
export function RunSummary({ run }: { run: RunState }) {
  const message = run.message;
  return (
    <>
      {run.status === "streaming" && !message?.content.length && (
        <p className="text-muted">Waiting for the first token…</p>
      )}
      {message?.stop_reason && (
        <p className="text-xs text-muted">
          Stop reason:{" "}
          <span data-testid="stop-reason" className="font-mono">
            {message.stop_reason}
          </span>
          {message.stop_sequence ? (
            <>
              {" "}
              · stop sequence{" "}
              <q data-testid="stop-sequence" className="font-mono">
                {message.stop_sequence}
              </q>
            </>
          ) : null}
        </p>
      )}
      {message && run.status !== "streaming" && (
        <StopReasonNote message={message} maxTokens={run.request?.max_tokens} />
      )}
      {run.status === "stopped" && (
        <p className="text-xs font-medium text-amber-700 dark:text-amber-400" data-testid="stopped">
          Stopped: the reply above is what arrived before Stop.
        </p>
      )}
      {run.error && (
        <div
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-2 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          <strong className="font-semibold">{run.error.type}</strong>
          {run.error.status ? ` (HTTP ${run.error.status})` : ""}
          {run.error.code ? (
            <>
              {" "}
              · <span className="font-mono">{run.error.code}</span>
            </>
          ) : null}
          : {run.error.message}
          <ErrorExplanation error={run.error} />
          {message?.content.length ? <span className="block text-xs">The partial reply above is kept.</span> : null}
        </div>
      )}
    </>
  );
}

/** The plain meaning of the error, under the API's own words (which the proxy passes through as written). */
function ErrorExplanation({ error }: { error: NonNullable<RunState["error"]> }) {
  const explanation = explainError(error);
  if (!explanation) return null;
  return (
    <span className="mt-1.5 block border-t border-red-200 pt-1.5 dark:border-red-800" data-testid="error-explanation">
      {explanation}
    </span>
  );
}
