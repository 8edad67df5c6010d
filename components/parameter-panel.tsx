"use client";

import { memo } from "react";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { useDraftLoaded } from "./hooks/use-draft";
import { BetaFeaturesField } from "./panel/beta-features-field";
import { JsonOnlyFields } from "./panel/json-only-fields";
import { MessagesEditor } from "./panel/messages-editor";
import { MiscFields } from "./panel/misc-fields";
import { ModelPicker } from "./panel/model-picker";
import { PanelBoundary } from "./panel/panel-boundary";
import { ResponseFormatField } from "./panel/response-format-field";
import { SamplingFields } from "./panel/sampling-fields";
import { StopSequencesField } from "./panel/stop-sequences-field";
import { SystemPromptField } from "./panel/system-prompt-field";
import { ThinkingFields } from "./panel/thinking-fields";
import { ToolChoiceField } from "./panel/tool-choice-field";
import { ToolsEditor } from "./panel/tools-editor";

/** The form view of the request. While the JSON does not parse, it is read-only so no edit can overwrite the user's text. */
export function ParameterPanel() {
  const jsonError = usePlaygroundStore((s) => s.jsonError);
  const request = usePlaygroundStore((s) => s.request);
  // The saved draft is read after hydration (use-draft.ts): the server rendered the default request. Until it is in,
  // the fields stay disabled, so nothing typed early is overwritten by the draft (or lost to hydration).
  const draftLoaded = useDraftLoaded();
  return (
    <section
      aria-label="Parameters"
      // While the JSON is invalid its fields are disabled, and the panel has nothing else the keyboard can reach: it takes
      // focus itself, so that a keyboard can still scroll it (axe: scrollable-region-focusable).
      tabIndex={jsonError ? 0 : undefined}
      className="panel flex min-w-0 flex-col focus-visible:outline-2 focus-visible:outline-indigo-500 lg:overflow-y-auto"
    >
      <h2 className="panel-title">Parameters</h2>
      {jsonError && (
        <p
          role="status"
          className="mx-3 mt-3 rounded-md bg-red-50 p-2 text-xs text-red-800 dark:bg-red-950 dark:text-red-300"
        >
          The request JSON is invalid ({jsonError}). Fix it in the editor; the panel shows the last valid request.
        </p>
      )}
      <PanelBoundary resetKey={request}>
        <PanelFields disabled={!draftLoaded || Boolean(jsonError)} busy={!draftLoaded} faded={Boolean(jsonError)} />
      </PanelBoundary>
    </section>
  );
}

/** The fields, each reading from the store what it shows: memoised, so that a change of the request (a key typed in
 * one field) re-renders the fields it concerns, not every field of the panel. */
const PanelFields = memo(function PanelFields({
  disabled,
  busy,
  faded,
}: {
  disabled: boolean;
  busy: boolean;
  faded: boolean;
}) {
  return (
    <fieldset
      disabled={disabled}
      aria-busy={busy}
      className={`flex min-w-0 flex-col gap-3 p-3 ${faded ? "opacity-60" : ""}`}
    >
      <ModelPicker />
      <SamplingFields />
      <ThinkingFields />
      <SystemPromptField />
      <MessagesEditor />
      <ToolsEditor />
      <ToolChoiceField />
      <ResponseFormatField />
      <StopSequencesField />
      <MiscFields />
      <BetaFeaturesField />
      <JsonOnlyFields />
    </fieldset>
  );
});
