// Finds a recorded fixture in the project's shared/ folder, which sits beside the repository
// (or a few levels up for a worktree); SHARED_DIR overrides the search.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export function sharedFixturePath(name: string): string {
  const candidates: string[] = [];
  if (process.env.SHARED_DIR) candidates.push(join(process.env.SHARED_DIR, "fixtures", name));
  for (let dir = resolve(process.cwd()); ; dir = dirname(dir)) {
    candidates.push(join(dir, "shared", "fixtures", name));
    if (dirname(dir) === dir) break;
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`fixture ${name} not found (looked in ${candidates.join(", ")})`);
  return found;
}

export function readSharedFixture(name: string): string {
  return readFileSync(sharedFixturePath(name), "utf8");
}
