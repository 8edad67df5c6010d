"use client";

import { useState } from "react";

/** Copies text to the clipboard; says so for a moment (and says when the browser refused). */
export function CopyButton({
  label,
  text,
  caption = "Copy",
  className = "",
}: {
  label: string;
  text: () => string;
  caption?: string;
  className?: string;
}) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setState("copied");
    } catch {
      setState("failed");
    }
    setTimeout(() => setState("idle"), 1500);
  };
  return (
    <button type="button" onClick={copy} aria-label={label} title={label} className={`btn-small ${className}`}>
      {state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : caption}
    </button>
  );
}
