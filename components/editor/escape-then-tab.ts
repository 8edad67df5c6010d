// In a code editor Tab indents, so a keyboard user who tabbed in cannot tab out. The convention of browser code
// editors (CodeMirror's, GitHub's): Escape, then Tab (or Shift+Tab), moves focus on; any other key after Escape
// gives Tab back to indenting.
import type { editor as MonacoEditor, IDisposable } from "monaco-editor";

export const ESCAPE_THEN_TAB_HINT = "Escape, then Tab, leaves the editor";

export function letEscapeThenTabLeave(editor: MonacoEditor.IStandaloneCodeEditor): IDisposable {
  let leaving = false;
  const set = (on: boolean) => {
    if (leaving === on) return;
    leaving = on;
    editor.updateOptions({ tabFocusMode: on });
  };
  const keys = editor.onKeyDown((event) => {
    const key = event.browserEvent.key;
    // Escape still closes what it closes first (a suggestion list, the find box).
    if (key === "Escape") set(true);
    else if (key !== "Tab" && key !== "Shift") set(false);
  });
  const blur = editor.onDidBlurEditorText(() => set(false));
  return {
    dispose: () => {
      keys.dispose();
      blur.dispose();
    },
  };
}
