"use client";

import type { RequestBody } from "@/lib/messages/types";
import { usePlaygroundStore } from "@/lib/store/playground-store";

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
