// Code a Markdown view shows plain (marked with its language) is highlighted when it comes into view
// (lib/markdown/code-highlighting.ts says why). Watched per group of segments (markdown-dom.ts), which is already the
// unit that skips layout out of view; the highlighting itself runs in the Markdown worker.
import { HIGHLIGHT_ATTRIBUTE } from "@/lib/markdown/code-highlighting";
import { highlightInBackground } from "@/lib/markdown/converter";

/** On a view's root while highlighting it asked for has not come back. Tests and bench:stream wait for it to go. */
const HIGHLIGHTING_ATTRIBUTE = "data-highlighting";

const PENDING_CODE = `code[${HIGHLIGHT_ATTRIBUTE}]`;
/** A little ahead of the scroll, where the browser can say so for nested scrollers (scrollMargin, not yet in
 * TypeScript's DOM types): the worker's answer then comes before the code is seen. */
const OPTIONS = { rootMargin: "200px 0px", scrollMargin: "200px 0px" } as IntersectionObserverInit;

export class HighlightInView {
  private readonly observer: IntersectionObserver;
  private readonly inView = new Set<Element>();
  private readonly asked = new WeakSet<Element>();
  private inFlight = 0;
  private disposed = false;

  constructor(private readonly root: HTMLElement) {
    this.observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) {
          this.inView.add(entry.target);
          this.highlightIn(entry.target);
        } else this.inView.delete(entry.target);
      }
    }, OPTIONS);
  }

  /** A group that got new segments: its code is highlighted once it comes into view (now, if it is in view). */
  watch(group: Element): void {
    if (this.disposed || !group.querySelector(PENDING_CODE)) return;
    if (this.inView.has(group)) this.highlightIn(group);
    else this.observer.observe(group);
  }

  /** A group taken out of the view. */
  forget(group: Element): void {
    this.observer.unobserve(group);
    this.inView.delete(group);
  }

  /** The view was emptied. */
  clear(): void {
    this.observer.disconnect();
    this.inView.clear();
  }

  dispose(): void {
    this.disposed = true;
    this.clear();
    this.mark();
  }

  private highlightIn(group: Element): void {
    const code = [...group.querySelectorAll(PENDING_CODE)].filter((element) => !this.asked.has(element));
    if (code.length === 0) return;
    for (const element of code) this.asked.add(element);
    const texts = code.map((element) => element.textContent ?? "");
    this.inFlight++;
    this.mark();
    highlightInBackground(
      code.map((element, i) => ({ text: texts[i], language: element.getAttribute(HIGHLIGHT_ATTRIBUTE)! })),
      (html) => {
        this.inFlight--;
        if (this.disposed) return;
        code.forEach((element, i) => {
          // Gone (the view started over), or its text is not what was highlighted: left as it is.
          if (!element.isConnected || element.textContent !== texts[i]) return;
          // highlight.js escapes the text it returns (lib/markdown/render.ts).
          element.innerHTML = html[i];
          element.removeAttribute(HIGHLIGHT_ATTRIBUTE);
        });
        // All its code highlighted: the group is watched again only if new code comes into it.
        if (!group.querySelector(PENDING_CODE)) this.forget(group);
        this.mark();
      },
    );
  }

  private mark(): void {
    this.root.toggleAttribute(HIGHLIGHTING_ATTRIBUTE, !this.disposed && this.inFlight > 0);
  }
}
