// Run's blocked reason is a link to what blocks it: beside Run there is room for two lines, and a long message (the
// citations rule names two documents) is cut there; the panel shows it whole under its field, often out of view.
import { flash, scrollToNearest } from "../ui/flash";

/** Where a blocker points: a request path, or the JSON editor when the JSON itself does not parse. */
export type IssueTarget = { path: string } | { json: true };

/** Brings the issue into view and moves focus to it: the field itself where it is marked (`data-field-path`: a message
 * not written yet), else the deepest issue message whose path holds the issue's (`data-issue-path`), else the JSON. */
export function revealIssue(target: IssueTarget): void {
  // A field the panel does not show (`stream`, a field newer than the panel): the JSON shows everything.
  const element = "json" in target ? jsonEditorInput() : (fieldOrIssue(target.path) ?? jsonEditorInput());
  if (!element) return;
  // A visible mark of where focus went, for a message that is not itself a control (its scroll margin keeps the mark
  // in view, so it goes on first).
  flash(element, "issue-flash");
  scrollToNearest(element);
  if (element.tabIndex < 0 && !element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
  element.focus({ preventScroll: true });
}

function fieldOrIssue(path: string): HTMLElement | null {
  const field = [...document.querySelectorAll<HTMLElement>("[data-field-path]")].find(
    (e) => e.dataset.fieldPath === path,
  );
  if (field) return field;
  let best: HTMLElement | null = null;
  for (const element of document.querySelectorAll<HTMLElement>("[data-issue-path]")) {
    const own = element.dataset.issuePath!;
    const holds = own === "" || own === path || path.startsWith(`${own}.`);
    if (holds && (!best || own.length > best.dataset.issuePath!.length)) best = element;
  }
  return best;
}

function jsonEditorInput(): HTMLElement | null {
  // Monaco's input is a textarea, or an element with the textbox role where it uses the EditContext API.
  // Before Monaco has loaded: the message that says what is wrong.
  const section = 'section[aria-label="Request JSON"]';
  return (
    document.querySelector<HTMLElement>(`${section} .monaco-editor :is(textarea, [role="textbox"])`) ??
    document.querySelector<HTMLElement>(`${section} [role="status"]`)
  );
}
