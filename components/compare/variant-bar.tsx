"use client";

import { useId } from "react";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { MAX_VARIANTS, variantLabel } from "@/lib/store/variants";
import { RunSettings } from "./run-settings";

/**
 * The variants above the panel and the editor: which one they edit, Add variant (a copy of the selected one), and for
 * the selected one its name, its place and its removal; Same messages in all variants; then how a run goes (repeats,
 * concurrency, the cost that asks first). With one variant it is Add variant and the run's settings alone.
 */
export function VariantBar() {
  const variants = usePlaygroundStore((s) => s.variants);
  const selected = usePlaygroundStore((s) => s.selectedVariant);
  const sameMessages = usePlaygroundStore((s) => s.sameMessages);
  const jsonError = usePlaygroundStore((s) => s.jsonError);
  const several = variants.length > 1;
  const full = variants.length >= MAX_VARIANTS;
  const invalid = jsonError ? "Fix the request JSON first: the editor holds text that does not parse" : undefined;
  return (
    <section
      aria-label="Variants"
      className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-slate-200 bg-white px-3 py-1.5 dark:border-slate-800 dark:bg-slate-900"
    >
      {several && (
        <div role="group" aria-label="Variant to edit" className="flex flex-wrap items-center gap-1">
          {variants.map((variant, index) => (
            <button
              key={variant.id}
              type="button"
              aria-pressed={index === selected}
              disabled={Boolean(jsonError) && index !== selected}
              title={invalid ?? `Edit ${variantLabel(variant, index)} in the panel and the JSON`}
              onClick={() => usePlaygroundStore.getState().selectVariant(index)}
              className="max-w-40 truncate rounded-md border border-slate-300 px-2 py-0.5 text-xs font-medium hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 aria-pressed:border-indigo-500 aria-pressed:bg-indigo-600 aria-pressed:text-white dark:border-slate-700 dark:hover:bg-slate-800 dark:aria-pressed:bg-indigo-600"
            >
              {variantLabel(variant, index)}
            </button>
          ))}
        </div>
      )}
      <button
        type="button"
        className="btn-secondary"
        disabled={full || Boolean(jsonError)}
        title={full ? `At most ${MAX_VARIANTS} variants` : (invalid ?? "A copy of the selected variant, to change")}
        onClick={() => usePlaygroundStore.getState().addVariant()}
      >
        Add variant
      </button>
      {several && <SelectedVariantTools />}
      {several && (
        <label
          className="flex items-center gap-1.5 text-xs"
          title="One conversation for every variant; everything else stays each variant's own"
        >
          <input
            type="checkbox"
            checked={sameMessages}
            onChange={(e) => usePlaygroundStore.getState().setSameMessages(e.target.checked)}
          />
          Same messages in all variants
        </label>
      )}
      <RunSettings />
    </section>
  );
}

/** The selected variant's name, place and removal. */
function SelectedVariantTools() {
  const variants = usePlaygroundStore((s) => s.variants);
  const index = usePlaygroundStore((s) => s.selectedVariant);
  const id = useId();
  const variant = variants[index];
  const store = usePlaygroundStore.getState;
  const label = variantLabel(variant, index);
  return (
    <div role="group" aria-label={`${label}: name and place`} className="flex items-center gap-1">
      <label htmlFor={id} className="sr-only">
        Variant name
      </label>
      <input
        id={id}
        className="field-input-sm w-36"
        placeholder={`Variant ${index + 1}`}
        value={variant.name}
        maxLength={80}
        onChange={(e) => store().renameVariant(index, e.target.value)}
      />
      <button
        type="button"
        className="btn-small"
        aria-label="Move variant left"
        title="Move variant left"
        disabled={index === 0}
        onClick={() => store().moveVariant(index, index - 1)}
      >
        ←
      </button>
      <button
        type="button"
        className="btn-small"
        aria-label="Move variant right"
        title="Move variant right"
        disabled={index === variants.length - 1}
        onClick={() => store().moveVariant(index, index + 1)}
      >
        →
      </button>
      <button
        type="button"
        className="btn-small text-red-700 dark:text-red-400"
        aria-label="Remove variant"
        title={`Remove ${label}`}
        onClick={() => store().removeVariant(index)}
      >
        Remove
      </button>
    </div>
  );
}
