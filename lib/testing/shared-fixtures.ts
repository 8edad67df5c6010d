// Finds the recorded API fixtures (`shared/fixtures`) from any checkout: the nearest ancestor directory
// that holds them, or SHARED_FIXTURES_DIR when set.
import { existsSync } from "node:fs";
import path from "node:path";

export function sharedFixturesDir(from: string = __dirname): string {
  if (process.env.SHARED_FIXTURES_DIR) return process.env.SHARED_FIXTURES_DIR;
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "shared", "fixtures");
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error("shared/fixtures not found: set SHARED_FIXTURES_DIR");
  }
}
