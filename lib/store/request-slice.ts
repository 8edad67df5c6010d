import type { StateCreator } from "zustand";
import type { RequestBody } from "@/lib/messages/types";
import { DEFAULT_MODEL_ID } from "@/lib/models";

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
  /** Sets one top-level field; `undefined` removes it, so unset parameters are left out of the request. */
  setField: (key: string, value: unknown) => void;
  setMessageText: (index: number, text: string) => void;
  replaceRequest: (request: RequestBody) => void;
  setJsonError: (message: string | null) => void;
}

export const createRequestSlice: StateCreator<RequestSlice, [], [], RequestSlice> = (set, get) => ({
  request: DEFAULT_REQUEST,
  jsonError: null,
  setField: (key, value) => {
    const current = get().request;
    if (current[key] === value) return;
    const next = { ...current };
    if (value === undefined) delete next[key];
    else next[key] = value;
    set({ request: next as RequestBody });
  },
  setMessageText: (index, text) => {
    const messages = [...get().request.messages] as { role: string; content: unknown }[];
    const message = messages[index];
    if (!message) return;
    messages[index] = { ...message, content: text };
    set({ request: { ...get().request, messages } });
  },
  replaceRequest: (request) => set({ request, jsonError: null }),
  setJsonError: (message) => {
    if (get().jsonError !== message) set({ jsonError: message });
  },
});
