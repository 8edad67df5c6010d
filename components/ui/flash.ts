// A mark that shows where the page just took the reader (an issue Run is blocked by, a citation's entry), and fades
// (globals.css). Taken off by a timer, so that the next time it is put on, the animation plays again.

const FLASH_MS = 1600;

export type FlashKind = "issue-flash" | "cite-flash";

export function flash(element: HTMLElement, kind: FlashKind): void {
  element.classList.remove(kind);
  void element.offsetWidth; // a mark still fading starts over
  element.classList.add(kind);
  window.setTimeout(() => element.classList.remove(kind), FLASH_MS);
}

/** Scrolls the element into view, smoothly unless the reader asked for less motion. */
export function scrollToNearest(element: HTMLElement): void {
  const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  // "nearest": the element's own scroll box moves to it; "center" scrolled the window too, and took the header out of view.
  element.scrollIntoView({ block: "nearest", behavior: smooth ? "smooth" : "auto" });
}
