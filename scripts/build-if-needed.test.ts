import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error plain .mjs helpers without type declarations
import { sourceFingerprint } from "./build-if-needed.mjs";

const root = mkdtempSync(path.join(tmpdir(), "fingerprint-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};

describe("the build's source fingerprint", () => {
  it("changes with every source the build reads, the proxy's API routes in pages/ included, and not with tests", () => {
    write("next.config.js", "module.exports = {};");
    write("app/page.tsx", "export default 1;");
    write("pages/api/v1/messages.ts", "export default 1;");
    write("lib/a.ts", "export const a = 1;");
    const first = sourceFingerprint(root);
    write("lib/a.test.ts", "test");
    expect(sourceFingerprint(root)).toBe(first);
    for (const file of ["pages/api/v1/messages.ts", "app/page.tsx", "lib/a.ts", "next.config.js"]) {
      const before = sourceFingerprint(root);
      write(file, `export default "${file} changed";`);
      expect(sourceFingerprint(root), file).not.toBe(before);
    }
  });
});
