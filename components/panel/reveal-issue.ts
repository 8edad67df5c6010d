// Run's blocked reason is a link to what blocks it: beside Run there is room for two lines, and a long message (the
// citations rule names two documents) is cut there; the panel shows it whole under its field, often out of view.
import type { BlockerTarget } from "@/lib/run/run-plan";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { flash, scrollToNearest } from "../ui/flash";

/** Where a blocker points: a request path (of another variant than the selected one), the JSON editor when the JSON
 * itself does not parse, or a variable's value (in the Variables, or in a test case). */
export type IssueTarget = BlockerTarget;

/** Brings the issue into view and moves focus to it: the field itself where it is marked (`data-field-path`: a message
 * not written yet), else the deepest issue message whose path holds the issue's (`data-issue-path`), else the JSON.
 * An issue of another variant selects that variant first. */
export function revealIssue(target: IssueTarget): void {
  if ("variant" in target && target.variant !== undefined) {
    usePlaygroundStore.getState().selectVariant(target.variant);
    // Once the panel shows that variant.
    requestAnimationFrame(() => revealIssue({ path: target.path }));
    return;
  }
  // A field the panel does not show (`stream`, a field newer than the panel): the JSON shows everything.
  const element =
    "json" in target
      ? jsonEditorInput()
      : "variable" in target
        ? valueInput(target.variable, target.testCase)
        : (fieldOrIssue(target.path) ?? jsonEditorInput());
  if (!element) return;
  // A visible mark of where focus went, for a message that is not itself a control (its scroll margin keeps the mark
  // in view, so it goes on first).
  flash(element, "issue-flash");
  scrollToNearest(element);
  if (element.tabIndex < 0 && !element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
  element.focus({ preventScroll: true });
}

/** A variable's textbox: a test case's cell (`data-case-value="ROW:NAME"`), or the Variables' (`data-variable`). */
function valueInput(name: string, testCase?: number): HTMLElement | null {
  const marked = [...document.querySelectorAll<HTMLElement>("[data-case-value], [data-variable]")];
  return (
    marked.find((e) =>
      testCase === undefined ? e.dataset.variable === name : e.dataset.caseValue === `${testCase}:${name}`,
    ) ?? null
  );
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
