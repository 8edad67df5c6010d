"use client";

import { useEffect, useState } from "react";
import { betaHeaders } from "@/lib/messages/betas";
import type { RequestBody } from "@/lib/messages/types";
import { estimateInputTokens } from "@/lib/usage/estimate";
import { apiFetch } from "@/lib/client/api-fetch";

export interface InputTokens {
  tokens: number;
  /** `count` is the upstream's count_tokens answer; `estimate` a local guess, labelled as one. */
  source: "count" | "estimate";
  /** True while a newer count for the edited request is on its way. */
  pending: boolean;
  /** Why the estimate is used, when count_tokens failed. */
  note?: string;
}

const DEBOUNCE_MS = 600;
const NO_BETAS: readonly string[] = [];
// count_tokens takes only these fields; sending others (max_tokens, stream, temperature) is an error.
// output_config: its format's schema is part of the prompt (structured outputs add a system prompt for it).
const COUNTED_FIELDS = [
  "model",
  "messages",
  "system",
  "tools",
  "tool_choice",
  "thinking",
  "mcp_servers",
  "cache_control",
  "output_config",
];

function countBody(request: RequestBody) {
  return Object.fromEntries(COUNTED_FIELDS.filter((k) => request[k] !== undefined).map((k) => [k, request[k]]));
}

/**
 * The request's input tokens before it is sent: the local estimate at once, replaced by the upstream's
 * count once the user pauses editing. An empty first message is not counted (the API would refuse it).
 */
function isBlank(request: RequestBody): boolean {
  return request.messages.some((m) => {
    const content = (m as { content?: unknown } | null)?.content;
    return content === "" || (Array.isArray(content) && content.length === 0);
  });
}

/** The request as edited and the beta features it is sent with (count_tokens takes the same `anthropic-beta`). */
export function useInputTokens(request: RequestBody, betas: readonly string[] = NO_BETAS): InputTokens {
  const blank = isBlank(request);
  const [counted, setCounted] = useState<
    { request: RequestBody; tokens: number } | { request: RequestBody; note: string } | null
  >(null);
  useEffect(() => {
    if (blank) return;
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await apiFetch("/api/v1/messages/count_tokens", {
          method: "POST",
          headers: { "content-type": "application/json", ...betaHeaders(betas) },
          body: JSON.stringify(countBody(request)),
          signal: abort.signal,
        });
        const body = (await response.json().catch(() => null)) as {
          input_tokens?: unknown;
          error?: { message?: string };
        } | null;
        if (response.ok && typeof body?.input_tokens === "number") setCounted({ request, tokens: body.input_tokens });
        else
          setCounted({
            request,
            note: `count_tokens answered ${response.status}${body?.error?.message ? `: ${body.error.message}` : ""}`,
          });
      } catch {
        if (!abort.signal.aborted) setCounted({ request, note: "count_tokens could not be reached" });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [request, betas, blank]);

  if (blank)
    return {
      tokens: estimateInputTokens(request),
      source: "estimate",
      pending: false,
      note: "an empty message is not counted",
    };
  const current = counted?.request === request;
  if (counted && "tokens" in counted) return { tokens: counted.tokens, source: "count", pending: !current };
  return {
    tokens: estimateInputTokens(request),
    source: "estimate",
    pending: !current,
    note: counted && "note" in counted ? counted.note : undefined,
  };
}
