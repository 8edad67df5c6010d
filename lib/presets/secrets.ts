// A preset, a link or exported code must never carry a key or an access token. Keys travel in
// headers, never in the body, so anything key-like inside a preset is a mistake we refuse.
const KEY_PATTERN = /\bsk-ant-[A-Za-z0-9_-]{8,}/;
/** Every key-like string in a text (the traffic log masks them before it stores a body). */
export const KEY_PATTERN_GLOBAL = new RegExp(KEY_PATTERN.source, "g");
const SECRET_FIELD = /^(x-)?api[-_]?key$|^authorization$|^access[-_]?token$|^x-playground-user-key$/i;

/** The dotted path of the first key-like value, or null when there is none. */
export function findSecret(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, ""]];
  while (stack.length) {
    const [item, path] = stack.pop()!;
    if (typeof item === "string") {
      if (KEY_PATTERN.test(item)) return path || "(value)";
      continue;
    }
    if (!item || typeof item !== "object") continue;
    for (const [key, child] of Object.entries(item)) {
      const childPath = path ? `${path}.${key}` : key;
      if (SECRET_FIELD.test(key) && typeof child === "string" && child !== "") return childPath;
      stack.push([child, childPath]);
    }
  }
  return null;
}

export function secretMessage(path: string): string {
  return `This preset contains what looks like an API key or access token (at ${path}). Remove it first: keys never leave in a preset, a link or exported code.`;
}
