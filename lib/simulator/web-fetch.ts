// The simulator's web fetch: a plain-text document made up offline for the URL (never fetched), in the API's shape
// (web_fetch_result with a `document`), or the API's error result: a URL that is not http(s) or too long, a domain
// the tool does not allow.
import { countTextTokens, splitTokens } from "@/lib/messages/token-count";
import { onDomain } from "./web-search";

export interface FetchOptions {
  allowed_domains?: unknown;
  blocked_domains?: unknown;
  max_content_tokens?: unknown;
  citations?: unknown;
}

export type FetchContent =
  | {
      type: "web_fetch_result";
      url: string;
      retrieved_at: string | null;
      content: {
        type: "document";
        source: { type: "text"; media_type: "text/plain"; data: string };
        title: string;
        citations?: { enabled: boolean };
      };
    }
  | { type: "web_fetch_tool_result_error"; error_code: string };

const MAX_URL_LENGTH = 250;

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((d): d is string => typeof d === "string" && d.trim() !== "") : [];

/** The page's title from its address: the last path segment in words, else the host. */
export function pageTitle(url: URL): string {
  const segment = decodeURIComponent(url.pathname.split("/").filter(Boolean).at(-1) ?? "")
    .replace(/\.[a-z0-9]+$/i, "")
    .replace(/[-_+]+/g, " ")
    .trim();
  return segment ? `${segment.charAt(0).toUpperCase()}${segment.slice(1)} - ${url.host}` : url.host;
}

export function fetchPage(address: unknown, options: FetchOptions = {}): FetchContent {
  const error = (error_code: string) => ({ type: "web_fetch_tool_result_error" as const, error_code });
  if (typeof address !== "string") return error("invalid_tool_input");
  if (address.length > MAX_URL_LENGTH) return error("url_too_long");
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return error("invalid_tool_input");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return error("invalid_tool_input");
  const host = url.host.toLowerCase();
  const allowed = list(options.allowed_domains);
  if (allowed.length && !allowed.some((d) => onDomain(host, d))) return error("url_not_allowed");
  if (list(options.blocked_domains).some((d) => onDomain(host, d))) return error("url_not_allowed");

  const title = pageTitle(url);
  const topic = title.replace(/ - .*$/, "");
  let data = [
    `# ${topic}`,
    `This is the simulator's stand-in for the page at ${address} (the playground made it up offline from the address; nothing was fetched).`,
    `A page titled "${topic}" on ${host} would explain its subject here, in a few paragraphs with headings and links.`,
    "Ask the real API, with a key configured, to read the page itself.",
  ].join("\n\n");
  const cap = typeof options.max_content_tokens === "number" ? options.max_content_tokens : undefined;
  if (cap !== undefined && cap > 0 && countTextTokens(data) > cap) {
    let kept = "";
    let tokens = 0;
    for (const piece of splitTokens(data)) {
      if (piece.trim() && ++tokens > cap) break;
      kept += piece;
    }
    data = kept.trimEnd();
  }
  const citations = options.citations as { enabled?: unknown } | undefined;
  return {
    type: "web_fetch_result",
    url: address,
    retrieved_at: null, // never retrieved: the simulator does not fetch
    content: {
      type: "document",
      source: { type: "text", media_type: "text/plain", data },
      title,
      ...(citations && typeof citations.enabled === "boolean" ? { citations: { enabled: citations.enabled } } : {}),
    },
  };
}
