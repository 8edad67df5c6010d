"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { SERVER_TOOLS, type ServerToolKind } from "@/lib/messages/server-tools";

export type AddedTool = "custom" | ServerToolKind;

const itemsOf = (menu: HTMLElement | null) => [
  ...(menu?.querySelectorAll<HTMLButtonElement>("[role=menuitem]:not([disabled])") ?? []),
];

/** The `Add tool` button and its menu: a custom tool, or a server tool (newest version; the card changes it). A server
 * tool already in the request is shown, not offered twice: tool names must be unique. The menu follows the ARIA menu
 * button pattern: arrows move, Home/End jump, Escape closes and gives focus back to the button. */
export function AddToolMenu({ present, onAdd }: { present: Set<string>; onAdd: (tool: AddedTool) => void }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    itemsOf(menu.current)[0]?.focus();
    const close = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && !button.current?.contains(event.target as Node))
        setOpen(false);
    };
    document.addEventListener("pointerdown", close);
    return () => document.removeEventListener("pointerdown", close);
  }, [open]);

  const choose = (tool: AddedTool) => {
    setOpen(false);
    onAdd(tool);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const list = itemsOf(menu.current);
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const go = (i: number) => list[(i + list.length) % list.length]?.focus();
    if (event.key === "ArrowDown") go(at + 1);
    else if (event.key === "ArrowUp") go(at - 1);
    else if (event.key === "Home") go(0);
    else if (event.key === "End") go(list.length - 1);
    else if (event.key === "Escape") {
      setOpen(false);
      button.current?.focus();
    } else if (event.key === "Tab") setOpen(false);
    else return;
    if (event.key !== "Tab") event.preventDefault();
  };

  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        className="btn-secondary"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        Add tool <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label="Add tool"
          tabIndex={-1}
          onKeyDown={onKeyDown}
          className="absolute left-0 z-20 mt-1 w-72 rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <MenuItem
            title="Custom tool"
            detail="Your own tool: a name, a description and an input schema"
            onClick={() => choose("custom")}
          />
          <div role="group" aria-label="Server tools">
            <p aria-hidden="true" className="px-2 pt-2 pb-1 text-xs font-semibold uppercase tracking-wide text-muted">
              Server tools
            </p>
            {SERVER_TOOLS.map((spec) => (
              <MenuItem
                key={spec.kind}
                title={spec.label}
                detail={present.has(spec.name) ? "Already in the request" : `${spec.summary} (${spec.versions[0]})`}
                disabled={present.has(spec.name)}
                onClick={() => choose(spec.kind)}
              />
            ))}
          </div>
        </div>
      )}
    </div>
  );
}

function MenuItem(props: { title: string; detail: string; disabled?: boolean; onClick: () => void }) {
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      disabled={props.disabled}
      onClick={props.onClick}
      className="block w-full rounded px-2 py-1.5 text-left hover:bg-slate-100 focus:bg-indigo-50 focus:outline-none disabled:cursor-not-allowed disabled:opacity-60 dark:hover:bg-slate-800 dark:focus:bg-indigo-950"
    >
      <span className="block text-sm font-medium">{props.title}</span>
      <span className="block text-xs text-slate-600 dark:text-slate-400">{props.detail}</span>
    </button>
  );
}
