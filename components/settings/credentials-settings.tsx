"use client";

import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import type { PublicConfig } from "@/lib/public-config";
import {
  isRemembered,
  readAccessToken,
  readUserKey,
  saveAccessToken,
  saveUserKey,
  setRemembered,
} from "@/lib/client/credentials";

/**
 * Where the user enters their own API key (when the server allows it) and the deployment's access token
 * (when one is required). Both stay in this browser; the panel opens by itself while a required token
 * is missing, so the user is asked once.
 */
export function CredentialsSettings({ config }: { config: PublicConfig }) {
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState("");
  const [token, setToken] = useState("");
  const [remember, setRemember] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  // The panel hangs below the button, right edges aligned, unless the button sits too near the left of the page
  // for that (a wrapped header): then left edges aligned. Measured before the panel is painted, and again when the
  // window's width changes the header's rows.
  const [alignLeft, setAlignLeft] = useState(false);
  useLayoutEffect(() => {
    if (!open) return;
    const align = () => {
      if (root.current && panel.current)
        setAlignLeft(root.current.getBoundingClientRect().right - panel.current.offsetWidth < 8);
    };
    align();
    window.addEventListener("resize", align);
    return () => window.removeEventListener("resize", align);
  }, [open]);

  // Storage is read after hydration: the server render knows nothing of it.
  useEffect(() => {
    const storedToken = readAccessToken();
    setKey(readUserKey());
    setToken(storedToken);
    setRemember(isRemembered());
    if (config.accessTokenRequired && !storedToken) setOpen(true);
  }, [config.accessTokenRequired]);

  // A popover: a press anywhere else closes it, as Escape does (handled on the whole widget, so it works with the
  // focus still on the button that opened it). Not while a required token is missing: it opened by itself to ask
  // for it, and every call fails until it is given.
  const asking = config.accessTokenRequired && !token;
  useEffect(() => {
    if (!open || asking) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open, asking]);

  if (!config.allowUserKeys && !config.accessTokenRequired) return null;
  // The words the usage panel's Key figure uses, kept short: the header has one row to share at 1280 px.
  const summary = key ? "Your key" : config.mode === "simulator" ? "Simulator" : "Server key";

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere inside closes the menu, as it does in a dialog
    <div
      ref={root}
      className="relative"
      onKeyDown={(e) => {
        if (e.key !== "Escape" || !open) return;
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        {/* Darker than muted text: it must stay readable on the button's hover background too. */}
        {/* On a phone the summary is left to screen readers, so that Theme, Keys and Run share one row and the
            panel, which opens below it, covers none of them. */}
        Keys <span className="text-xs text-slate-600 max-sm:sr-only dark:text-slate-400">· {summary}</span>
      </button>
      {open && (
        <div
          id={panelId}
          ref={panel}
          role="group"
          aria-label="Keys and access"
          // On a phone the button may sit anywhere in the wrapped header: the panel spans the screen instead of
          // hanging off its left edge.
          className={`panel absolute ${alignLeft ? "left-0" : "right-0"} z-20 mt-2 w-80 space-y-3 p-3 max-sm:fixed max-sm:inset-x-3 max-sm:w-auto`}
        >
          {config.accessTokenRequired && (
            <div>
              <label className="field-label" htmlFor={`${panelId}-token`}>
                Access token
              </label>
              <input
                id={`${panelId}-token`}
                type="password"
                autoComplete="off"
                spellCheck={false}
                className="field-input font-mono"
                value={token}
                onChange={(e) => {
                  setToken(e.target.value);
                  saveAccessToken(e.target.value);
                }}
              />
              <p className="mt-1 text-xs text-muted">
                This playground is protected: ask whoever runs it for the token.
              </p>
            </div>
          )}
          {config.allowUserKeys && (
            <div>
              <label className="field-label" htmlFor={`${panelId}-key`}>
                Your API key
              </label>
              <input
                id={`${panelId}-key`}
                type="password"
                autoComplete="off"
                spellCheck={false}
                placeholder="sk-ant-…"
                className="field-input font-mono"
                value={key}
                onChange={(e) => {
                  setKey(e.target.value);
                  saveUserKey(e.target.value);
                }}
              />
              <p className="mt-1 text-xs text-muted">
                Sent with each call to this server only, which passes it to the API and never stores or logs it.
                {config.mode === "upstream" ? " Leave empty to use the server's key." : ""}
              </p>
            </div>
          )}
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={remember}
              onChange={(e) => {
                setRemember(e.target.checked);
                setRemembered(e.target.checked);
              }}
            />
            Remember on this device
          </label>
          <p className="text-xs text-muted">Unticked, what you enter here is forgotten when this tab closes.</p>
          {(key || token) && (
            <button
              type="button"
              className="text-sm text-red-700 underline dark:text-red-400"
              onClick={() => {
                setKey("");
                setToken("");
                saveUserKey("");
                saveAccessToken("");
              }}
            >
              Forget
            </button>
          )}
        </div>
      )}
    </div>
  );
}
