import type { StateCreator } from "zustand";
import { normalizeBetas } from "@/lib/messages/betas";
import type { RequestBody } from "@/lib/messages/types";
import { DEFAULT_MODEL_ID } from "@/lib/models";
import { setIn, type Path } from "./request-edits";

export const DEFAULT_REQUEST: RequestBody = {
  model: DEFAULT_MODEL_ID,
  max_tokens: 1024,
  messages: [{ role: "user", content: "" }],
  stream: true,
};

export interface RequestSlice {
  /** The request being edited: the one source of truth behind the panel and the JSON editor. */
  request: RequestBody;
  /** Set while the JSON editor holds text that does not parse; the request keeps its last valid value. */
  jsonError: string | null;
  /** The editor's text while it does not parse, kept (and persisted) so a reload never loses it. */
  jsonDraft: string | null;
  /** The beta features the request is sent with (the `anthropic-beta` header): beside the body, never inside it. */
  betas: string[];
  setBetas: (betas: readonly string[]) => void;
  /** Sets one top-level field; `undefined` removes it, so unset parameters are left out of the request. */
  setField: (key: string, value: unknown) => void;
  /** Sets a nested value (`["output_config", "effort"]`); `undefined` removes it and any object left empty. */
  setPath: (path: Path, value: unknown) => void;
  /** Any other edit, as a pure function of the current request. */
  updateRequest: (edit: (request: RequestBody) => RequestBody) => void;
  setMessageText: (index: number, text: string) => void;
  replaceRequest: (request: RequestBody) => void;
  setJsonError: (message: string | null, draft?: string | null) => void;
}

export const createRequestSlice: StateCreator<RequestSlice, [], [], RequestSlice> = (set, get) => {
  const commit = (request: RequestBody) => {
    if (request !== get().request) set({ request });
  };
  return {
    request: DEFAULT_REQUEST,
    jsonError: null,
    jsonDraft: null,
    betas: [],
    setBetas: (betas) => {
      const next = normalizeBetas(betas);
      const current = get().betas;
      if (next.length !== current.length || next.some((name, i) => name !== current[i])) set({ betas: next });
    },
    setField: (key, value) => {
      if (get().request[key] === value) return;
      commit(setIn(get().request, [key], value));
    },
    setPath: (path, value) => commit(setIn(get().request, path, value)),
    updateRequest: (edit) => commit(edit(get().request)),
    setMessageText: (index, text) => {
      if (!get().request.messages[index]) return;
      commit(setIn(get().request, ["messages", index, "content"], text));
    },
    replaceRequest: (request) => set({ request, jsonError: null, jsonDraft: null }),
    setJsonError: (message, draft = null) => {
      if (get().jsonError !== message || get().jsonDraft !== draft)
        set({ jsonError: message, jsonDraft: message ? draft : null });
    },
  };
};

/** One request's part of the draft that survives a reload: the request, its betas and an unparsed draft, never run
 * state or actions. The draft of version 1 was exactly this; version 2 (draft.ts) keeps one per variant. */
export function partializeRequest(
  state: RequestSlice,
): Pick<RequestSlice, "request" | "jsonDraft" | "jsonError" | "betas"> {
  return { request: state.request, jsonDraft: state.jsonDraft, jsonError: state.jsonError, betas: state.betas };
}

/** Accepts a persisted draft only if it still looks like a request; anything else falls back to the default. */
export function restoreRequest(persisted: unknown): Partial<RequestSlice> {
  if (typeof persisted !== "object" || persisted === null) return {};
  const { request, jsonDraft, jsonError, betas } = persisted as Record<string, unknown>;
  const valid =
    typeof request === "object" &&
    request !== null &&
    !Array.isArray(request) &&
    Array.isArray((request as RequestBody).messages);
  if (!valid) return {};
  const draft = typeof jsonDraft === "string" ? jsonDraft : null;
  return {
    request: request as RequestBody,
    jsonDraft: draft,
    jsonError: draft ? (typeof jsonError === "string" ? jsonError : "invalid JSON") : null,
    // A draft saved before betas existed has none.
    betas: Array.isArray(betas) ? normalizeBetas(betas.filter((b): b is string => typeof b === "string")) : [],
  };
}
