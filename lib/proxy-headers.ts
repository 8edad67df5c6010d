// Header names shared by the browser and the proxy (no secrets here: only names).

/** The user's own API key, sent per request; the proxy forwards it as `x-api-key` and never stores it. */
export const USER_KEY_HEADER = "x-playground-user-key";
/** The deployment's access token (PLAYGROUND_ACCESS_TOKEN); `Authorization: Bearer` is accepted too. */
export const ACCESS_TOKEN_HEADER = "x-playground-access-token";
/** Which key a call used: `server`, `user` or `simulator` (shown as "Key" in the Usage panel). */
export const KEY_SOURCE_HEADER = "x-playground-key-source";
/** Milliseconds from receiving the request to the upstream's response headers (retries included). */
export const UPSTREAM_MS_HEADER = "x-playground-upstream-ms";
/** How many upstream attempts the call took (1 = no retry). */
export const ATTEMPTS_HEADER = "x-playground-attempts";
/** A short link's delete token (shown once when the link is made), for DELETE /api/presets/ID. */
export const DELETE_TOKEN_HEADER = "x-playground-delete-token";
