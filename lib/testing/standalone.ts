// The shipped artifact, laid out as the Dockerfile lays it out: .next/standalone, its static files and
// public/ beside it, and scripts/server.mjs as server.mjs. In a temporary folder outside the project, so
// nothing resolves from the project's node_modules: what the image lacks, the test lacks.
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function prepareStandalone(): { dir: string; remove(): void } {
  if (!existsSync(".next/standalone/server.js"))
    throw new Error("No .next/standalone: run `next build` (next.config.js has output: standalone).");
  const dir = mkdtempSync(join(tmpdir(), "playground-standalone-"));
  cpSync(".next/standalone", dir, { recursive: true });
  cpSync(".next/static", join(dir, ".next", "static"), { recursive: true });
  if (existsSync("public")) cpSync("public", join(dir, "public"), { recursive: true });
  cpSync("scripts/server.mjs", join(dir, "server.mjs"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
