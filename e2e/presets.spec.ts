import { exec } from "node:child_process";
import { replyTextOfSse } from "@/lib/testing/fixture-streams";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { bytesToBase64url } from "../lib/presets/base64url";
import { encodePresetPayload } from "../lib/presets/link-codec";
import { makePreset } from "../lib/presets/schema";

const run = promisify(exec);

/** Counts calls to the Messages API: opening a link must never run the request. */
function watchRuns(page: Page) {
  const runs: string[] = [];
  // A run is a call to the Messages endpoint itself; counting tokens before sending is not a run.
  page.on("request", (r) => new URL(r.url()).pathname === "/api/v1/messages" && runs.push(r.url()));
  return runs;
}

async function shareLink(page: Page, kind: "fragment" | "short"): Promise<string> {
  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog", { name: "Share" });
  if (kind === "short") await dialog.getByRole("radio", { name: /Short link/ }).check();
  const link = dialog.getByRole("textbox", { name: "Share link" });
  await expect(link).toHaveValue(kind === "short" ? /\/s\/[A-Za-z0-9_-]{24}$/ : /#preset=[A-Za-z0-9_-]+$/);
  await expect(dialog.getByRole("button", { name: "Copy link" })).toBeEnabled();
  const value = await link.inputValue();
  await dialog.getByRole("button", { name: "Close" }).click();
  return value;
}

async function deflate(text: string): Promise<string> {
  const stream = new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return bytesToBase64url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

test("both kinds of share link round-trip the request and never run it", async ({ page, browser }) => {
  await page.goto("/");
  await page.getByRole("textbox", { name: "Message 1" }).fill("Write a haiku about “tides” 🌊");
  await page.getByRole("spinbutton", { name: "Temperature" }).fill("0.3");
  const fragment = await shareLink(page, "fragment");
  const short = await shareLink(page, "short");
  const id = short.split("/s/")[1];
  const stored = await (await page.request.get(`/api/presets/${id}`)).json();
  expect(stored).toMatchObject({ version: 3, name: "Untitled request", request: { temperature: 0.3 } });

  for (const link of [fragment, short]) {
    const other = await browser.newPage();
    const runs = watchRuns(other);
    await other.goto(link);
    await expect(other.getByRole("status").filter({ hasText: "Loaded the shared preset" })).toContainText(
      "It has not been run",
    );
    await expect(other.getByRole("textbox", { name: "Message 1" })).toHaveValue("Write a haiku about “tides” 🌊");
    await expect(other.getByRole("spinbutton", { name: "Temperature" })).toHaveValue("0.3");
    // Same preset, byte for byte: sharing it again gives the very same self-contained link.
    expect(await shareLink(other, "fragment")).toBe(fragment);
    expect(runs).toEqual([]);
    await expect(other.getByRole("region", { name: "Transcript" })).toContainText("Write a message and press Run");
    await other.close();
  }
});

test("a link asks before replacing an edited draft", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("textbox", { name: "Message 1" }).fill("Shared text");
  const link = await shareLink(page, "fragment");
  await page.getByRole("textbox", { name: "Message 1" }).fill("My own draft");
  const hash = new URL(link).hash;

  await page.evaluate((h) => (window.location.hash = h), hash);
  const ask = page.getByRole("dialog", { name: "Open shared preset?" });
  await ask.getByRole("button", { name: "Keep my request" }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByRole("textbox", { name: "Message 1" })).toHaveValue("My own draft");

  await page.evaluate((h) => (window.location.hash = h), hash);
  await ask.getByRole("button", { name: "Replace my request" }).click();
  await expect(page.getByRole("textbox", { name: "Message 1" })).toHaveValue("Shared text");
});

test("hostile and broken links are shown inert or refused, and run no script", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const runs = watchRuns(page);
  const xss = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
  const hostile = await encodePresetPayload(
    makePreset({
      name: xss,
      description: xss,
      request: { model: "claude-opus-4-6", max_tokens: 64, messages: [{ role: "user", content: xss }] },
    }),
  );
  expect(hostile.ok).toBe(true);
  await page.goto(`/#preset=${hostile.ok ? hostile.value : ""}`);
  await expect(page.getByRole("status").filter({ hasText: "Loaded the shared preset" })).toContainText(xss);
  await expect(page.getByRole("textbox", { name: "Message 1" })).toHaveValue(xss);

  const valid = await encodePresetPayload(
    makePreset({ name: "ok", request: { model: "m", max_tokens: 5, messages: [] } }),
  );
  const broken: [string, RegExp][] = [
    [valid.ok ? valid.value.slice(0, 30) : "", /damaged/],
    ["!!!not-base64!!!", /damaged/],
    [await deflate(JSON.stringify({ name: xss, request: { model: 42 } })), /not a valid preset: request\.model/],
    [
      await deflate(
        JSON.stringify({ version: 99, name: "future", request: { model: "m", max_tokens: 5, messages: [] } }),
      ),
      /newer version/,
    ],
    [await deflate(" ".repeat(9 * 1024 * 1024)), /larger than 8 MB/],
    [
      await deflate(
        JSON.stringify({
          name: "k",
          request: { model: "m", max_tokens: 5, messages: [], api_key: "sk-ant-api03-abcdefghijk" },
        }),
      ),
      /API key/,
    ],
  ];
  for (const [payload, message] of broken) {
    await page.evaluate((h) => (window.location.hash = h), `#preset=${payload}`);
    const refused = page.getByRole("dialog", { name: "This link could not be opened" });
    await expect(refused.getByRole("alert")).toHaveText(message);
    await refused.getByRole("button", { name: "OK" }).click();
    await expect(refused).toBeHidden();
    await expect(page.getByRole("textbox", { name: "Message 1" })).toHaveValue(xss);
  }
  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
  expect(await pwned()).toBeUndefined();

  // The same through the short link kind: stored by the server, rendered by the /s/ID page.
  const stored = await page.request.post("/api/presets", {
    data: makePreset({
      name: `${xss} short`,
      request: { model: "claude-opus-4-6", max_tokens: 64, messages: [{ role: "user", content: `${xss} short` }] },
    }),
  });
  const { id } = await stored.json();
  // The fragment preset above is now the saved draft: start from a fresh draft so the short link loads directly.
  await page.evaluate(() => localStorage.clear());
  await page.goto(`/s/${id}`);
  await expect(page.getByRole("status").filter({ hasText: "Loaded the shared preset" })).toContainText(`${xss} short`);
  await expect(page.getByRole("textbox", { name: "Message 1" })).toHaveValue(`${xss} short`);
  expect(await pwned()).toBeUndefined();
  // An id the store does not hold, well-formed or not: 404, and the playground saying so, still usable.
  for (const missing of ["/s/AAAAAAAAAAAAAAAAAAAAAAAA", "/s/garbage"]) {
    expect((await page.goto(missing))?.status()).toBe(404);
    const notOpened = page.getByRole("dialog", { name: "This link could not be opened" });
    await expect(notOpened.getByRole("alert")).toHaveText("No shared preset has this id.");
    await notOpened.getByRole("button", { name: "OK" }).click();
  }

  expect(await pwned()).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(runs).toEqual([]);
  await expect(page.getByRole("button", { name: "Run" })).toBeEnabled();
});

test("renaming the preset being edited in the library renames what Share and Save offer", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("textbox", { name: "Message 1" }).fill("Arr");
  await page.getByRole("button", { name: "Save preset" }).click();
  const saveDialog = page.getByRole("dialog", { name: "Save preset" });
  // The dialog opens on the field it is for, not on Close.
  await expect(saveDialog.getByRole("textbox", { name: "Preset name" })).toBeFocused();
  await saveDialog.getByRole("textbox", { name: "Preset name" }).fill("Pirate calc");
  await saveDialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

  await page.getByRole("button", { name: "Presets" }).click();
  const library = page.getByRole("dialog", { name: "Preset library" });
  await library.getByRole("button", { name: "Rename Pirate calc" }).click();
  await library.getByRole("textbox", { name: "New name for Pirate calc" }).fill("Pirate calculator v2");
  await library.getByRole("button", { name: "Save name" }).click();
  await expect(library.getByTestId("preset-name")).toHaveText(["Pirate calculator v2"]);
  await library.getByRole("button", { name: "Close" }).click();

  await page.getByRole("button", { name: "Share" }).click();
  const share = page.getByRole("dialog", { name: /Share/ });
  await expect(share.getByRole("textbox", { name: "Preset name" })).toHaveValue("Pirate calculator v2");
  await share.getByRole("button", { name: "Close" }).click();
  await page.getByRole("button", { name: "Save preset" }).click();
  await expect(saveDialog.getByRole("textbox", { name: "Preset name" })).toHaveValue("Pirate calculator v2");
});

test("save, search, rename, duplicate, export, delete and import presets through the UI", async ({ page }) => {
  await page.goto("/");
  const save = async (message: string, name: string, description = "") => {
    await page.getByRole("textbox", { name: "Message 1" }).fill(message);
    await page.getByRole("button", { name: "Save preset" }).click();
    const dialog = page.getByRole("dialog", { name: "Save preset" });
    await dialog.getByRole("textbox", { name: "Preset name" }).fill(name);
    await dialog.getByRole("textbox", { name: /Description/ }).fill(description);
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toHaveText(`Saved “${name}” in this browser.`);
  };
  await save("First message", "Tide poem", "about the sea");
  await save("Second message", "Code review");

  await page.getByRole("button", { name: "Presets" }).click();
  const library = page.getByRole("dialog", { name: "Preset library" });
  const names = library.getByTestId("preset-name");
  await expect(names).toHaveText(["Code review", "Tide poem"]);
  await library.getByRole("searchbox", { name: "Search presets" }).fill("SEA");
  await expect(names).toHaveText(["Tide poem"]);
  await library.getByRole("searchbox", { name: "Search presets" }).fill("");
  await library.getByRole("button", { name: "Rename Tide poem" }).click();
  await library.getByRole("textbox", { name: "New name for Tide poem" }).fill("Sea poem");
  await library.getByRole("button", { name: "Save name" }).click();
  await library.getByRole("button", { name: "Duplicate Sea poem" }).click();
  await expect(names).toHaveText(["Sea poem (copy)", "Code review", "Sea poem"]);
  await library.getByRole("button", { name: "Load Sea poem", exact: true }).click();
  await expect(page.getByRole("textbox", { name: "Message 1" })).toHaveValue("First message");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const file = await (await download).path();
  const exported = JSON.parse(await readFile(file, "utf8"));
  expect(exported.presets.map((p: { name: string }) => p.name).sort()).toEqual([
    "Code review",
    "Sea poem",
    "Sea poem (copy)",
  ]);

  await page.getByRole("button", { name: "Presets" }).click();
  for (const name of ["Sea poem (copy)", "Code review", "Sea poem"])
    await library.getByRole("button", { name: `Delete ${name}`, exact: true }).click();
  await expect(library.getByText("No presets yet")).toBeVisible();
  await library.getByRole("button", { name: "Close" }).click();

  // A bad file changes nothing and says why.
  await page
    .getByLabel("Preset file to import")
    .setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from('{"presets": 1') });
  await expect(page.getByRole("alert").filter({ hasText: "bad.json" })).toContainText(
    "“bad.json”: The file is not valid JSON",
  );
  await page.getByLabel("Preset file to import").setInputFiles(file);
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toHaveText(
    "Imported 3 presets into the library.",
  );
  await page.getByRole("button", { name: "Presets" }).click();
  await expect(names).toHaveCount(3);
  await library.getByRole("button", { name: "Load Code review" }).click();
  await expect(page.getByRole("textbox", { name: "Message 1" })).toHaveValue("Second message");
});

test("the generated curl command, run by the shell against the proxy, gets the playground's reply", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("textbox", { name: "Message 1" }).fill("What is a tide table?");
  await page.getByRole("button", { name: "Run" }).click();
  const transcript = page.getByRole("region", { name: "Transcript" });
  await expect(transcript.getByTestId("stop-reason")).toHaveText("end_turn");
  // The transcript renders Markdown: compare the words, as laid out (innerText keeps paragraph breaks).
  const words = (text: string) => text.replace(/\s+/g, " ").trim();
  const played = words(await transcript.getByTestId("text-block").innerText());

  await page.getByRole("button", { name: "Get code" }).click();
  const dialog = page.getByRole("dialog", { name: "Get code" });
  await expect(dialog.getByRole("textbox", { name: "Base URL" })).toHaveValue(new URL("/api", page.url()).href);
  const curl = (await dialog.getByLabel("Generated code").textContent())!;
  expect(curl).toContain("$ANTHROPIC_API_KEY");
  const { stdout } = await run(curl, {
    shell: "/bin/sh",
    env: { ...process.env, ANTHROPIC_API_KEY: "unused-in-simulator" },
  });
  expect(words(replyTextOfSse(stdout))).toBe(played);

  await dialog.getByRole("tab", { name: "Python" }).click();
  await expect(dialog.getByLabel("Generated code")).toContainText('os.environ["ANTHROPIC_API_KEY"]');
  await dialog.getByRole("tab", { name: "TypeScript" }).click();
  await expect(dialog.getByLabel("Generated code")).toContainText('import Anthropic from "@anthropic-ai/sdk"');
  await dialog.getByRole("button", { name: "Close" }).click();

  // Paste code: the curl command comes back as the request.
  await page.getByRole("textbox", { name: "Message 1" }).fill("changed");
  await page.getByRole("button", { name: "Paste code" }).click();
  const paste = page.getByRole("dialog", { name: "Paste code" });
  await expect(paste.getByRole("textbox", { name: "Code to paste" })).toBeFocused(); // ready for Ctrl+V
  await paste.getByRole("textbox", { name: "Code to paste" }).fill(curl);
  await paste.getByRole("button", { name: "Load request" }).click();
  await expect(page.getByRole("textbox", { name: "Message 1" })).toHaveValue("What is a tide table?");
});

test("a preset with a 200K-token system prompt picks the short link and fits in the library", async ({ page }) => {
  test.setTimeout(120_000);
  let seed = 7;
  const word = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) % 1e6).toString(36);
  const system = Array.from({ length: 200_000 }, word).join(" ");
  const body = {
    model: "claude-opus-4-6",
    max_tokens: 1024,
    system,
    messages: [{ role: "user", content: "Summarise." }],
  };
  await page.goto("/");
  await page.getByRole("button", { name: "Paste code" }).click();
  await page
    .getByRole("dialog", { name: "Paste code" })
    .getByRole("textbox", { name: "Code to paste" })
    .fill(JSON.stringify(body));
  await page.getByRole("button", { name: "Load request" }).click();
  await expect(page.getByRole("textbox", { name: "Message 1" })).toHaveValue("Summarise.");

  await page.getByRole("button", { name: "Share" }).click();
  const share = page.getByRole("dialog", { name: "Share" });
  await expect(share.getByRole("radio", { name: /Short link/ })).toBeChecked();
  await expect(share.getByText(/Too long for many apps/)).toBeVisible();
  const link = share.getByRole("textbox", { name: "Share link" });
  await expect(link).toHaveValue(/\/s\/[A-Za-z0-9_-]{24}$/);
  const short = await link.inputValue();
  await share.getByRole("button", { name: "Close" }).click();

  await page.getByRole("button", { name: "Save preset" }).click();
  await page.getByRole("textbox", { name: "Preset name" }).fill("Big prompt");
  await page.getByRole("dialog", { name: "Save preset" }).getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toHaveText("Saved “Big prompt” in this browser.");

  await page.reload();
  await page.getByRole("button", { name: "Presets" }).click();
  await page.getByRole("button", { name: "Load Big prompt" }).click();
  await expect(page.getByRole("textbox", { name: "Message 1" })).toHaveValue("Summarise.");
  await page.getByRole("button", { name: "Share" }).click();
  const again = page.getByRole("dialog", { name: "Share" });
  await again.getByRole("textbox", { name: "Preset name" }).fill("Untitled request");
  // Each share is its own link: the very same preset stored under both means the request came back from
  // IndexedDB intact.
  const link2 = again.getByRole("textbox", { name: "Share link" });
  await expect(link2).toHaveValue(/\/s\/[A-Za-z0-9_-]{24}$/);
  const stored = async (url: string) => (await page.request.get(`/api/presets/${url.split("/s/")[1]}`)).json();
  expect(await stored(await link2.inputValue())).toEqual(await stored(short));
});
