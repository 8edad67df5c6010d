// The DOM of a Markdown text that grows, kept by hand rather than by React: a 32K-token reply has
// thousands of segments, and reconciling them on every frame cost the page more than the text itself
// (bench:stream). Segments are only ever appended, so each frame touches the new ones: finished segments
// go in as HTML once converted (markdown-converter.ts: in a worker), in groups that skip layout and paint
// out of view (and whose code is highlighted only in view: highlight-in-view.ts), and the segments not converted
// yet, the streaming tail among them, show as plain text.
import { HIGHLIGHTED_AT_END } from "@/lib/markdown/code-highlighting";
import { convertedHtml, isConverted, keepConverted } from "@/lib/markdown/converted";
import { soon } from "@/lib/scheduling/yield";
import { HighlightInView } from "./highlight-in-view";
import { convertMarkdown, onPushedConversions } from "@/lib/markdown/converter";

/** Segments inserted as HTML per pass: a backlog converted at once goes in over several tasks. */
const MAX_NEW_PER_PASS = 60;
/** Segments per conversion request: results come back, and show, progressively. */
const REQUEST_SIZE = 24;
/** Segments per group: a group out of view is skipped by style, layout and paint (content-visibility), and one in
 * view is laid out whole; small groups keep each frame's layout close to what is in view. */
const GROUP_SIZE = 8;
/** Segments shown as plain text at most beyond the HTML, unless shown before: in a fast stream, hundreds of
 * segments complete in one frame, and drawing each as text only to replace it with HTML a frame later
 * costs twice; they wait for their HTML instead. Text once shown stays until its HTML replaces it. */
const MAX_PLAIN = 4;

export class MarkdownDom {
  private readonly requested = new Set<string>();
  private segments: string[] = [];
  /** True when the last segment is final too (the block is complete, or its tail has settled). */
  private tailFinal = false;
  /** The sources of the segments inserted as HTML, in order. */
  private inserted: string[] = [];
  private groups: HTMLDivElement[] = [];
  /** Groups from this index on got segments since their code was last watched for (watchNearTheEnd). */
  private unwatched = 0;
  private pending: HTMLDivElement | null = null;
  private visible = 0;
  private frame = 0;
  private cancelSoon?: () => void;
  private disposed = false;
  private readonly stopListening: () => void;
  private readonly highlighter: HighlightInView;

  constructor(private readonly root: HTMLElement) {
    root.replaceChildren(); // a view made again over the same element (React's strict mode) starts clean
    this.highlighter = new HighlightInView(root);
    // Segments the stream worker had converted as they finished: some may be ours.
    this.stopListening = onPushedConversions(() => {
      if (this.inserted.length < this.convertible && isConverted(this.segments[this.inserted.length])) this.converted();
    });
  }

  sync(segments: string[], tailFinal: boolean): void {
    this.segments = segments;
    this.tailFinal = tailFinal;
    this.update();
    this.requestMissing();
  }

  dispose(): void {
    this.disposed = true;
    this.stopListening();
    this.highlighter.dispose();
    cancelAnimationFrame(this.frame);
    this.cancelSoon?.();
  }

  private get convertible(): number {
    return this.tailFinal ? this.segments.length : this.segments.length - 1;
  }

  private update(): void {
    if (this.disposed) return;
    const segments = this.segments;
    // Another text (a new run in the same view): start over.
    if (this.inserted.length > 0 && segments[0] !== this.inserted[0]) this.reset();
    // A tail converted when it paused, then grown: its HTML is taken out and made again.
    while (
      this.inserted.length > segments.length ||
      (this.inserted.length > 0 && segments[this.inserted.length - 1] !== this.inserted.at(-1))
    )
      this.removeLast();

    const limit = Math.min(this.convertible, this.inserted.length + MAX_NEW_PER_PASS);
    const fresh: string[] = [];
    for (let index = this.inserted.length; index < limit; index++) {
      const html = convertedHtml(segments[index]);
      if (html === undefined) break;
      fresh.push(html);
    }
    this.append(segments, fresh);
    this.watchNearTheEnd();
    if (this.inserted.length === limit && limit < this.convertible && isConverted(segments[limit])) {
      this.cancelSoon ??= soon(() => {
        this.cancelSoon = undefined;
        this.update();
      });
    }
    this.showPlain();
  }

  /** Inserts the next segments' HTML: one parse for the whole batch rather than one per segment (each parse has a
   * cost of its own, which over a thousand segments was a long task). The last group is topped up first; the rest
   * go in as new groups, all in one string. */
  private append(segments: string[], html: string[]): void {
    if (html.length === 0) return;
    const wrap = (part: string[]) => part.map((segment) => `<div class="md-seg">${segment}</div>`).join("");
    // lib/markdown/render.ts escapes all HTML of the source and never emits an image.
    const last = this.groups.at(-1);
    let next = 0;
    if (last && last.childElementCount < GROUP_SIZE) {
      next = Math.min(html.length, GROUP_SIZE - last.childElementCount);
      last.insertAdjacentHTML("beforeend", wrap(html.slice(0, next)));
    }
    const touched = next > 0 ? this.groups.length - 1 : this.groups.length;
    if (next < html.length) {
      const groups: string[] = [];
      for (let start = next; start < html.length; start += GROUP_SIZE)
        groups.push(`<div class="md-group">${wrap(html.slice(start, start + GROUP_SIZE))}</div>`);
      if (this.pending) this.pending.insertAdjacentHTML("beforebegin", groups.join(""));
      else this.root.insertAdjacentHTML("beforeend", groups.join(""));
      const children = this.root.children;
      const end = this.pending ? children.length - 1 : children.length;
      for (let index = end - groups.length; index < end; index++) this.groups.push(children[index] as HTMLDivElement);
    }
    for (let i = 0; i < html.length; i++) this.inserted.push(segments[this.inserted.length]);
    this.unwatched = Math.min(this.unwatched, touched);
  }

  /** The code of the groups that grew is watched, to be highlighted in view, once the HTML is within a screenful of
   * the text. A backlog (a reply that came all at once, or far faster than it converts) goes in over several tasks
   * while the box follows its end, and the browser may draw between them: code only passed on the way would be
   * highlighted for a reader who never saw it, on the cores the stream needs (lib/markdown/code-highlighting.ts).
   * Within a screenful, what is at the end now is still on screen when the rest is in. */
  private watchNearTheEnd(): void {
    if (this.convertible - this.inserted.length > HIGHLIGHTED_AT_END) return;
    for (let index = this.unwatched; index < this.groups.length; index++) this.highlighter.watch(this.groups[index]);
    this.unwatched = this.groups.length;
  }

  /** The segments not inserted as HTML yet, as plain text, in one element marked as pending. */
  private showPlain(): void {
    const segments = this.segments;
    const ready = this.inserted.length;
    if (ready >= segments.length) {
      this.pending?.remove();
      this.pending = null;
      this.visible = ready;
      return;
    }
    let end = Math.max(ready, Math.min(this.visible, segments.length));
    if (segments.length - ready <= MAX_PLAIN) end = segments.length;
    this.visible = end;
    if (!this.pending) {
      this.pending = document.createElement("div");
      this.pending.setAttribute("data-markdown-pending", "");
      this.root.appendChild(this.pending);
    }
    const children = this.pending.children;
    for (let index = ready; index < end; index++) {
      // Trailing blank lines are left out, as the converted HTML leaves them out.
      const text = segments[index].trimEnd();
      const child = children[index - ready] as HTMLDivElement | undefined;
      if (!child) {
        const segment = document.createElement("div");
        segment.className = "md-seg whitespace-pre-wrap";
        segment.textContent = text;
        this.pending.appendChild(segment);
      } else if (child.textContent !== text) child.textContent = text;
    }
    while (children.length > end - ready) this.pending.lastElementChild!.remove();
  }

  private removeLast(): void {
    const group = this.groups.at(-1)!;
    group.lastElementChild?.remove();
    this.inserted.pop();
    if (group.childElementCount === 0) {
      group.remove();
      this.groups.pop();
      this.unwatched = Math.min(this.unwatched, this.groups.length);
      this.highlighter.forget(group);
    }
  }

  private reset(): void {
    this.root.replaceChildren();
    this.highlighter.clear();
    this.inserted = [];
    this.groups = [];
    this.unwatched = 0;
    this.pending = null;
    this.visible = 0;
  }

  private requestMissing(): void {
    const missing: string[] = [];
    // The end of a final text is on screen when it completes: its code comes highlighted (code-highlighting.ts).
    const highlightFrom = this.tailFinal ? this.segments.length - HIGHLIGHTED_AT_END : Infinity;
    let highlighted = 0;
    for (let index = this.inserted.length; index < this.convertible; index++) {
      const source = this.segments[index];
      if (isConverted(source) || this.requested.has(source)) continue;
      missing.push(source);
      if (index >= highlightFrom) highlighted++;
    }
    for (let start = 0; start < missing.length; start += REQUEST_SIZE) {
      const batch = missing.slice(start, start + REQUEST_SIZE);
      for (const source of batch) this.requested.add(source);
      const highlightLast = Math.max(0, highlighted - (missing.length - start - batch.length));
      convertMarkdown({ sources: batch, highlightLast }, (html) => {
        batch.forEach((source, i) => {
          keepConverted(source, html[i]);
          this.requested.delete(source);
        });
        this.converted();
      });
    }
  }

  /** New conversions are in: while the text streams, they go in all together once per frame (one layout per frame,
   * not per reply), in a task just after a frame rather than inside one, so that the insert and the frame that lays
   * it out are two shorter tasks (as the stream's updates are: call-in-worker.ts); once the text is final no new text
   * is coming: at once. */
  private converted(): void {
    if (this.tailFinal) this.update();
    else
      this.frame ||= requestAnimationFrame(() => {
        this.frame = 0;
        this.cancelSoon ??= soon(() => {
          this.cancelSoon = undefined;
          this.update();
        });
      });
  }
}
