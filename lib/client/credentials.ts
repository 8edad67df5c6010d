// The user's own API key and the deployment's access token, kept in this browser only: in session
// storage (gone when the tab closes) unless the user asks to remember them (local storage). They are
// sent with each API call in a header, to this server only.
import { ACCESS_TOKEN_HEADER, USER_KEY_HEADER } from "@/lib/proxy-headers";

const USER_KEY = "playground.userKey";
const ACCESS_TOKEN = "playground.accessToken";
const REMEMBER = "playground.rememberCredentials";

type Name = typeof USER_KEY | typeof ACCESS_TOKEN;

function stores(): { session?: Storage; local?: Storage } {
  if (typeof window === "undefined") return {};
  try {
    return { session: window.sessionStorage, local: window.localStorage };
  } catch {
    return {}; // storage disabled: nothing is kept, nothing breaks
  }
}

function read(name: Name): string {
  const { session, local } = stores();
  return session?.getItem(name) ?? local?.getItem(name) ?? "";
}

function write(name: Name, value: string) {
  const { session, local } = stores();
  const remember = isRemembered();
  session?.removeItem(name);
  local?.removeItem(name);
  if (!value) return;
  (remember ? local : session)?.setItem(name, value);
}

export function isRemembered(): boolean {
  return stores().local?.getItem(REMEMBER) === "true";
}

/** Moves what is stored to the chosen storage, so unticking "remember" forgets it on this device. */
export function setRemembered(remember: boolean) {
  const { local } = stores();
  const key = read(USER_KEY);
  const token = read(ACCESS_TOKEN);
  if (remember) local?.setItem(REMEMBER, "true");
  else local?.removeItem(REMEMBER);
  write(USER_KEY, key);
  write(ACCESS_TOKEN, token);
}

export const readUserKey = () => read(USER_KEY);
export const saveUserKey = (key: string) => write(USER_KEY, key.trim());
export const readAccessToken = () => read(ACCESS_TOKEN);
export const saveAccessToken = (token: string) => write(ACCESS_TOKEN, token.trim());

/** The headers every call to this server's API carries (empty when nothing is entered). */
export function credentialHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const key = readUserKey();
  const token = readAccessToken();
  if (key) headers[USER_KEY_HEADER] = key;
  if (token) headers[ACCESS_TOKEN_HEADER] = token;
  return headers;
}

/** Only the access token: for this server's own routes (presets, prices), which never need the user's key. */
export function accessHeaders(): Record<string, string> {
  const token = readAccessToken();
  return token ? { [ACCESS_TOKEN_HEADER]: token } : {};
}
