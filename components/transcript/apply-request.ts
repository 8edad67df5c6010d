"use client";

import type { RequestBody } from "@/lib/messages/types";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import type { RunState } from "@/lib/store/run-slice";

/** A reply turned back into the request goes to the variant that ran it: the editor selects that variant first. */
export function selectVariantOf(run: RunState): void {
  const state = usePlaygroundStore.getState();
  const index = state.variants.findIndex((v) => v.id === run.variantId);
  if (index >= 0) state.selectVariant(index);
}

/** What the conversation actions build on: the request the run sent, with its {{variables}} as they were written. */
export const sentWithVariables = (run: RunState) => ({ request: run.template ?? run.request, message: run.message });

/** Puts a new request in the editor (the store's own action) and focuses the textbox of message `focusMessage`. */
export function applyRequest(request: RequestBody, focusMessage?: number) {
  usePlaygroundStore.getState().replaceRequest(request);
  if (focusMessage === undefined) return;
  // After React has rendered the new messages.
  requestAnimationFrame(() => {
    const labelled = Array.from(document.querySelectorAll<HTMLElement>("textarea, input, [role=textbox]")).find(
      (el) =>
        el.getAttribute("aria-label") === `Message ${focusMessage}` ||
        (el.id &&
          document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent === `Message ${focusMessage}`),
    );
    labelled?.focus();
  });
}
