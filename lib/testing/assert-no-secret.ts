// Reusable leak checks: a secret (an API key, an access token) must not appear in what leaves the server
// or the browser: response bodies and headers, log lines, presets, share links, exported code, built files.
// Encoded forms are searched too, since a link or an export may percent- or base64-encode what it holds.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** The forms a secret may take once encoded into a URL, a base64 payload or JSON. */
export function secretForms(secret: string): string[] {
  // Inside a larger base64 payload the secret may start at any of three byte alignments; only the
  // characters that depend on the secret's bytes alone are stable: drop the first and last group.
  const b64 = [0, 1, 2].map((pad) => {
    const encoded = Buffer.from("x".repeat(pad) + secret).toString("base64");
    return encoded.slice(pad ? 4 : 0, -4);
  });
  const urlSafe = b64.map((f) => f.replace(/\+/g, "-").replace(/\//g, "_"));
  const forms = [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1), ...b64, ...urlSafe];
  return [...new Set(forms.filter((f) => f.length >= 8))];
}

/** Where (by label) any form of the secret appears among the given texts. */
export function findSecret(secret: string, texts: Record<string, string>): string[] {
  const forms = secretForms(secret);
  return Object.entries(texts)
    .filter(([, text]) => forms.some((form) => text.includes(form)))
    .map(([label]) => label);
}

/** Throws, naming the places, when any form of the secret appears in any of the texts. */
export function assertNoSecret(secret: string, texts: Record<string, string>): void {
  const found = findSecret(secret, texts);
  if (found.length) throw new Error(`The secret leaked into: ${found.join(", ")}`);
}

/** A response's status line, headers and body as one text, for leak checks. */
export async function responseText(response: Response): Promise<string> {
  const headers = [...response.headers].map(([k, v]) => `${k}: ${v}`).join("\n");
  return `${response.status}\n${headers}\n\n${await response.clone().text()}`;
}

/** Every file under `dir` that holds any form of the secret (for built client files: `.next/static`). */
export function filesContainingSecret(secret: string, dir: string): string[] {
  const forms = secretForms(secret).map((f) => Buffer.from(f));
  const hits: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const bytes = readFileSync(full);
        if (forms.some((form) => bytes.includes(form))) hits.push(full);
      }
    }
  };
  walk(dir);
  return hits;
}
