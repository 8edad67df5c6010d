"use client";

import dynamic from "next/dynamic";
import { useCallback, useState } from "react";
import { ImportButton } from "./import-button";
import { IncomingPreset } from "./incoming-preset";
import { buttonClass } from "./modal";
import { ToolbarStatus, type Status } from "./toolbar-status";

// The dialogs (and the preset schema, the code generators and the library they bring) load when one opens, after the
// page is usable, not with it.
const SavePresetDialog = dynamic(() => import("./save-preset-dialog").then((m) => m.SavePresetDialog), { ssr: false });
const ShareDialog = dynamic(() => import("./share-dialog").then((m) => m.ShareDialog), { ssr: false });
const LibraryDialog = dynamic(() => import("./library-dialog").then((m) => m.LibraryDialog), { ssr: false });
const GetCodeDialog = dynamic(() => import("./get-code-dialog").then((m) => m.GetCodeDialog), { ssr: false });
const PasteCodeDialog = dynamic(() => import("./paste-code-dialog").then((m) => m.PasteCodeDialog), { ssr: false });

type Open = "save" | "share" | "library" | "code" | "paste" | null;

/** The presets toolbar: save, library, share, import/export, get and paste code. */
export function PresetToolbar() {
  const [open, setOpen] = useState<Open>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const close = useCallback(() => setOpen(null), []);
  const say = useCallback((text: string, error = false) => setStatus({ text, error }), []);
  const sayInfo = useCallback((text: string) => say(text), [say]);
  const dismiss = useCallback(() => setStatus(null), []);

  const exportAll = async () => {
    const [{ listPresets }, { downloadPresets }] = await Promise.all([
      import("@/lib/presets/library"),
      import("./download"),
    ]);
    const entries = await listPresets().catch(() => []);
    if (!entries.length) return say("The library is empty: save a preset first.", true);
    const result = downloadPresets(entries.map((e) => e.preset));
    say(
      result.ok
        ? `Exported ${entries.length} preset${entries.length === 1 ? "" : "s"} to ${result.value}.`
        : result.error.message,
      !result.ok,
    );
  };

  return (
    <div className="flex min-w-0 flex-wrap items-center gap-1.5">
      <div role="toolbar" aria-label="Presets" className="flex flex-wrap items-center gap-1.5">
        <button type="button" className={buttonClass} onClick={() => setOpen("save")}>
          Save preset
        </button>
        <button type="button" className={buttonClass} onClick={() => setOpen("library")}>
          Presets
        </button>
        <button type="button" className={buttonClass} onClick={() => setOpen("share")}>
          Share
        </button>
        <ImportButton onDone={say} />
        <button type="button" className={buttonClass} onClick={() => void exportAll()}>
          Export
        </button>
        <button type="button" className={buttonClass} onClick={() => setOpen("code")}>
          Get code
        </button>
        <button type="button" className={buttonClass} onClick={() => setOpen("paste")}>
          Paste code
        </button>
      </div>
      <ToolbarStatus status={status} onDismiss={dismiss} />
      {open === "save" && (
        <SavePresetDialog
          onClose={close}
          onSaved={(name) => {
            close();
            say(`Saved “${name}” in this browser.`);
          }}
        />
      )}
      {open === "share" && <ShareDialog onClose={close} />}
      {open === "library" && <LibraryDialog onClose={close} onStatus={sayInfo} />}
      {open === "code" && <GetCodeDialog onClose={close} />}
      {open === "paste" && (
        <PasteCodeDialog
          onClose={close}
          onLoaded={(text) => {
            close();
            say(text);
          }}
        />
      )}
      <IncomingPreset onStatus={sayInfo} />
    </div>
  );
}
