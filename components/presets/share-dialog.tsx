"use client";

import { useEffect, useId, useState } from "react";
import { FRAGMENT_URL_SOFT_LIMIT } from "@/lib/presets/link-codec";
import type { Result } from "@/lib/presets/result";
import { NAME_MAX } from "@/lib/presets/limits";
import { usePlaygroundStore } from "@/lib/store/playground-store";
import { currentPreset } from "./current-preset";
import { StaleJsonNote } from "./stale-json-note";
import { ErrorNote, Modal, buttonClass } from "./modal";
import { fragmentLink, shortLink, type ShortLink } from "./share-links";
import { ShortLinkLifecycle } from "./short-link-lifecycle";
import { useCopy } from "./use-copy";

type Kind = "fragment" | "short";

export function ShareDialog({ onClose }: { onClose: () => void }) {
  const [name, setName] = useState(() => usePlaygroundStore.getState().presetName ?? "Untitled request");
  const [kind, setKind] = useState<Kind>("fragment");
  const [fragment, setFragment] = useState<Result<string> | null>(null);
  const [short, setShort] = useState<Result<ShortLink> | null>(null);
  const [deleted, setDeleted] = useState(false);
  const [tooLong, setTooLong] = useState(false);
  const { copied, copy } = useCopy();
  const nameId = useId();
  const linkId = useId();

  // Rebuild the links whenever the name changes; a long fragment switches to the short link.
  useEffect(() => {
    let cancelled = false;
    setShort(null);
    const preset = currentPreset(name, usePlaygroundStore.getState().presetDescription ?? undefined);
    if (!preset.ok) {
      setFragment(preset);
      return;
    }
    void fragmentLink(preset.value).then((link) => {
      if (cancelled) return;
      setFragment(link);
      const long = link.ok && link.value.length > FRAGMENT_URL_SOFT_LIMIT;
      setTooLong(long);
      if (long) setKind("short");
    });
    return () => {
      cancelled = true;
    };
  }, [name]);

  // The server stores a preset only once the user picks (or needs) the short link.
  useEffect(() => {
    if (kind !== "short" || short || !fragment?.ok) return;
    let cancelled = false;
    const preset = currentPreset(name, usePlaygroundStore.getState().presetDescription ?? undefined);
    if (!preset.ok) return;
    void shortLink(preset.value).then((link) => !cancelled && setShort(link));
    return () => {
      cancelled = true;
    };
  }, [kind, short, fragment, name]);

  const current = kind === "fragment" ? fragment : short;
  const error =
    fragment && !fragment.ok ? fragment.error.message : current && !current.ok ? current.error.message : null;
  const link = kind === "fragment" ? (fragment?.ok ? fragment.value : "") : short?.ok ? short.value.url : "";
  const choose = (next: Kind) => {
    setKind(next);
    setDeleted(false);
  };

  return (
    <Modal title="Share" onClose={onClose}>
      <div>
        <label htmlFor={nameId} className="field-label">
          Preset name
        </label>
        <input
          id={nameId}
          className="field-input"
          maxLength={NAME_MAX}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <fieldset className="flex flex-col gap-1.5">
        <legend className="field-label">Link kind</legend>
        <label className="flex items-start gap-2">
          <input
            type="radio"
            name="share-kind"
            className="mt-1"
            checked={kind === "fragment"}
            onChange={() => choose("fragment")}
          />
          <span>
            Link with the preset inside
            <span className="block text-xs text-muted">
              {tooLong
                ? `Too long for many apps (${fragment?.ok ? fragment.value.length.toLocaleString() : "?"} characters).`
                : "Nothing is stored anywhere: the preset travels in the link itself."}
            </span>
          </span>
        </label>
        <label className="flex items-start gap-2">
          <input
            type="radio"
            name="share-kind"
            className="mt-1"
            checked={kind === "short"}
            onChange={() => choose("short")}
          />
          <span>
            Short link
            <span className="block text-xs text-muted">Stored on this server (unchangeable, without any key).</span>
          </span>
        </label>
      </fieldset>
      <div>
        <label htmlFor={linkId} className="field-label">
          Share link
        </label>
        <div className="flex gap-2">
          <input
            id={linkId}
            readOnly
            className="field-input font-mono text-xs"
            value={link}
            placeholder={error ? "" : "Preparing the link…"}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button
            type="button"
            className={`${buttonClass} shrink-0 whitespace-nowrap`}
            disabled={!link}
            onClick={() => void copy(link)}
          >
            {copied ? "Copied" : "Copy link"}
          </button>
        </div>
      </div>
      {kind === "short" && short?.ok && (
        <ShortLinkLifecycle
          link={short.value}
          onDeleted={() => {
            // Back to the link that stores nothing; choosing the short link again makes a new one.
            setKind("fragment");
            setShort(null);
            setDeleted(true);
          }}
        />
      )}
      {deleted && <p role="status">The short link was deleted: it no longer opens.</p>}
      <StaleJsonNote />
      {error && <ErrorNote>{error}</ErrorNote>}
      <p className="text-xs text-muted">
        Opening the link loads this request into the editor. It is never run by itself.
      </p>
    </Modal>
  );
}
