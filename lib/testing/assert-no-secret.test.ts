import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assertNoSecret, filesContainingSecret, findSecret } from "./assert-no-secret";

const secret = "sk-ant-api03-Secret+Key/With=Chars";

describe("assert-no-secret", () => {
  it("finds the secret raw, percent-encoded and base64-encoded at any alignment", () => {
    const inLink = `/s/#${Buffer.from(JSON.stringify({ request: { key: secret } })).toString("base64url")}`;
    expect(
      findSecret(secret, {
        plain: `x ${secret} y`,
        url: `?k=${encodeURIComponent(secret)}`,
        link: inLink,
        clean: "nothing here",
      }),
    ).toEqual(["plain", "url", "link"]);
    for (const pad of ["", "a", "ab"]) {
      expect(findSecret(secret, { b64: Buffer.from(`${pad + secret}tail`).toString("base64") }), pad).toEqual(["b64"]);
    }
    expect(() => assertNoSecret(secret, { clean: "fine" })).not.toThrow();
    expect(() => assertNoSecret(secret, { log: `key=${secret}` })).toThrow(/log/);
  });

  it("scans a directory of built files", () => {
    const dir = mkdtempSync(join(tmpdir(), "leak-"));
    writeFileSync(join(dir, "a.js"), "const x = 1;");
    writeFileSync(join(dir, "b.js"), `const k = "${secret}";`);
    expect(filesContainingSecret(secret, dir)).toEqual([join(dir, "b.js")]);
  });
});
