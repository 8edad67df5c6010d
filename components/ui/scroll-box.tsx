import type { ReactNode } from "react";

/**
 * Preformatted text in a box that scrolls. The keyboard must reach the box to scroll it (axe:
 * scrollable-region-focusable), so it takes focus, and its name is what a screen reader says when it does.
 */
export function ScrollBox({ label, className, children }: { label: string; className: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the name is read when the box takes focus
    <pre
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll box the keyboard must reach
      tabIndex={0}
      aria-label={label}
      className={`${className} focus-visible:outline-2 focus-visible:outline-indigo-500`}
    >
      {children}
    </pre>
  );
}
