"use client";

import { useEffect } from "react";
import { canonicalJson } from "@/lib/presets/canonical-json";
import { useDraftLoaded } from "../hooks/use-draft";
import { DEFAULT_REQUEST } from "@/lib/store/request-slice";
import type { Preset } from "@/lib/presets/schema";
import { type PlaygroundState, usePlaygroundStore } from "@/lib/store/playground-store";
import { ErrorNote, Modal, buttonClass, primaryButtonClass } from "./modal";

type Comparison = {
  variants: { name: string; request: unknown; betas: string[] }[];
  values: Record<string, string>;
  cases: Record<string, string>[];
  repeats: number;
};

const EMPTY_DRAFT: Comparison = {
  variants: [{ name: "", request: DEFAULT_REQUEST, betas: [] }],
  values: {},
  cases: [],
  repeats: 1,
};

/** What the editor holds, as a link would replace it. */
function comparisonOf(s: PlaygroundState): Comparison {
  return {
    variants: s.variants.map(({ name, request, betas }) => ({ name, request, betas })),
    values: Object.fromEntries(Object.entries(s.variableValues).filter(([, v]) => v)),
    cases: s.testCases.map((c) => c.values),
    repeats: s.repeats,
  };
}

function comparisonOfPreset(p: Preset): Comparison {
  return {
    variants: [
      { name: p.variantName ?? "", request: p.request, betas: p.betas ?? [] },
      ...(p.variants ?? []).map((v) => ({ name: v.name, request: v.request, betas: v.betas ?? [] })),
    ],
    values: p.variables ?? {},
    cases: p.testCases ?? [],
    repeats: p.repeats ?? 1,
  };
}

/** Reads a `#preset=` fragment (on load and when the hash changes) into the store's incoming preset. */
function useFragmentPreset() {
  useEffect(() => {
    const read = async () => {
      // The link's decoder (the preset schema) loads after the page, not with it.
      const { decodePresetPayload, payloadFromHash } = await import("@/lib/presets/link-codec");
      const payload = payloadFromHash(window.location.hash);
      if (payload === null) return;
      // The fragment has done its job: a reload should not offer the preset again.
      history.replaceState(history.state, "", window.location.pathname + window.location.search);
      usePlaygroundStore.getState().offerPreset({ source: "link", result: await decodePresetPayload(payload) });
    };
    void read();
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
  }, []);
}

/**
 * Shows what a link brought: the preset is loaded straight away when the editor holds only the
 * default request, else the user chooses; a broken or hostile link gets a message. Never runs it.
 */
export function IncomingPreset({ onStatus }: { onStatus: (message: string) => void }) {
  useFragmentPreset();
  const incoming = usePlaygroundStore((s) => s.incomingPreset);
  const draftDiffers = usePlaygroundStore((s) => {
    // Only while a preset waits: this selector runs on every store change, streaming included.
    if (!s.incomingPreset) return false;
    // The beta features, the other variants, the values and the test cases count as part of the draft: a link never
    // drops the user's own without asking.
    const draft = canonicalJson(comparisonOf(s));
    const incoming = s.incomingPreset?.result.ok ? s.incomingPreset.result.value : null;
    const preset = incoming ? canonicalJson(comparisonOfPreset(incoming)) : null;
    return draft !== canonicalJson(EMPTY_DRAFT) && draft !== preset;
  });
  const dismiss = usePlaygroundStore((s) => s.dismissIncomingPreset);
  // Whether the draft differs is known once it has been read: before, the store holds the default request.
  const draftLoaded = useDraftLoaded();
  const result = incoming?.result;
  const autoLoad = Boolean(draftLoaded && result?.ok && !draftDiffers);

  useEffect(() => {
    if (!autoLoad || !result?.ok) return;
    usePlaygroundStore.getState().loadPreset(result.value);
    dismiss();
    onStatus(`Loaded the shared preset “${result.value.name}”. It has not been run.`);
  }, [autoLoad, result, dismiss, onStatus]);

  if (!incoming || !result || autoLoad || !draftLoaded) return null;
  const what = incoming.source === "link" ? "link" : "short link";

  if (!result.ok) {
    return (
      <Modal title="This link could not be opened" onClose={dismiss}>
        <ErrorNote>{result.error.message}</ErrorNote>
        <p className="text-slate-600 dark:text-slate-400">Your request was not changed.</p>
        <div className="flex justify-end">
          <button type="button" className={primaryButtonClass} onClick={dismiss}>
            OK
          </button>
        </div>
      </Modal>
    );
  }
  const preset = result.value;
  return (
    <Modal title="Open shared preset?" onClose={dismiss}>
      <p>
        The {what} holds the preset <strong className="break-words">“{preset.name}”</strong> ({preset.request.model}).
      </p>
      {preset.description && (
        <p className="line-clamp-4 whitespace-pre-wrap break-words text-slate-600 dark:text-slate-400">
          {preset.description}
        </p>
      )}
      <p>Opening it replaces the request you are editing. It will not be run.</p>
      <div className="flex justify-end gap-2">
        <button type="button" className={buttonClass} onClick={dismiss}>
          Keep my request
        </button>
        <button
          type="button"
          className={primaryButtonClass}
          onClick={() => {
            usePlaygroundStore.getState().loadPreset(preset);
            dismiss();
            onStatus(`Loaded the shared preset “${preset.name}”. It has not been run.`);
          }}
        >
          Replace my request
        </button>
      </div>
    </Modal>
  );
}
