import { accessHeaders, credentialHeaders } from "./credentials";

/**
 * fetch for this server's API routes: adds the access token to every call, and the user's own key only to
 * the Messages API routes (`/api/v1/…`), the only ones that forward it upstream.
 */
export function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const added = path.startsWith("/api/v1/") ? credentialHeaders() : accessHeaders();
  for (const [name, value] of Object.entries(added)) if (!headers.has(name)) headers.set(name, value);
  return fetch(path, { ...init, headers });
}
