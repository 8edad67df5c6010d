"use client";

import { useId, useState } from "react";
import { ErrorNote, buttonClass } from "./modal";
import { deleteShortLink, type ShortLink } from "./share-links";
import { useCopy } from "./use-copy";

/** Under a short link: when it expires, its delete token (shown this once: the server keeps only a hash)
 * and a button that deletes it now. */
export function ShortLinkLifecycle({ link, onDeleted }: { link: ShortLink; onDeleted: () => void }) {
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { copied, copy } = useCopy();
  const tokenId = useId();
  const noteId = useId();

  const remove = async () => {
    setDeleting(true);
    const result = await deleteShortLink(link);
    setDeleting(false);
    if (result.ok) onDeleted();
    else setError(result.error.message);
  };

  return (
    <div className="flex flex-col gap-1.5">
      {link.expiresAt && (
        <p className="text-xs text-muted">
          The link stops working on {new Date(link.expiresAt).toLocaleDateString(undefined, { dateStyle: "long" })}.
        </p>
      )}
      {link.deleteToken && (
        <div>
          <label htmlFor={tokenId} className="field-label">
            Delete token
          </label>
          <div className="flex gap-2">
            <input
              id={tokenId}
              readOnly
              aria-describedby={noteId}
              className="field-input font-mono text-xs"
              value={link.deleteToken}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button
              type="button"
              className={`${buttonClass} shrink-0 whitespace-nowrap`}
              onClick={() => void copy(link.deleteToken ?? "")}
            >
              {copied ? "Copied" : "Copy token"}
            </button>
          </div>
          <p id={noteId} className="mt-1 text-xs text-muted">
            Shown only now. Keep it to delete the link later: <code>DELETE /api/presets/{link.id}</code> with the header{" "}
            <code>x-playground-delete-token</code>.
          </p>
        </div>
      )}
      <div>
        <button type="button" className={buttonClass} disabled={deleting} onClick={() => void remove()}>
          {deleting ? "Deleting…" : "Delete link"}
        </button>
      </div>
      {error && <ErrorNote>{error}</ErrorNote>}
    </div>
  );
}
