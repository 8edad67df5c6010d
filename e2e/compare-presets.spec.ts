// A comparison kept and shared: presets, the library and links carry its variants, variables, test cases and repeats
// (and its results, when asked); links and presets of the version before still open as the one request they were.
import { test, expect } from "./fixtures";
import { pasteCases, runEnds } from "./compare-helpers";
import { encodePresetPayload } from "../lib/presets/link-codec";
import { makePreset, type Preset } from "../lib/presets/schema";
import { openPlayground } from "./request-editor-helpers";

test("a preset keeps the comparison, and its results when asked; the library and a link bring it back", async ({
  page,
  browser,
}) => {
  await openPlayground(page);
  await page.getByRole("textbox", { name: "Message 1" }).fill("Tell me about {{topic}} for {{audience}}.");
  await page.getByRole("textbox", { name: "System prompt" }).fill("Be brief.");
  await page.getByRole("textbox", { name: "audience", exact: true }).fill("children");
  await page.getByRole("button", { name: "Add variant" }).click();
  await page.getByRole("textbox", { name: "System prompt" }).fill("Be thorough.");
  await page.getByRole("textbox", { name: "Variant name" }).fill("Thorough");
  await pasteCases(page, "topic\ntides\nreefs");
  await page.getByRole("spinbutton", { name: "Repeats" }).fill("2");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await runEnds(page);

  await page.getByRole("button", { name: "Save preset" }).click();
  const save = page.getByRole("dialog", { name: "Save preset" });
  await save.getByRole("textbox", { name: "Preset name" }).fill("Brief or thorough");
  await save.getByRole("checkbox", { name: /Include the results of run 1/ }).check();
  await save.getByRole("button", { name: "Save" }).click();
  await expect(save).toBeHidden();

  // A fresh page: the library brings the comparison back whole, with its results.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole("region", { name: "Transcript" })).toBeVisible();
  await page.getByRole("button", { name: "Presets", exact: true }).click();
  await page.getByRole("button", { name: "Load Brief or thorough" }).click();
  await expect(page.getByRole("button", { name: "Thorough", exact: true })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "System prompt" })).toHaveValue("Be brief.");
  await expect(page.getByRole("textbox", { name: "audience", exact: true })).toHaveValue("children");
  await expect(page.getByRole("textbox", { name: "topic, test case 2" })).toHaveValue("reefs");
  await expect(page.getByRole("spinbutton", { name: "Repeats" })).toHaveValue("2");
  const results = page.getByRole("region", { name: "Results" });
  await expect(results).toContainText("Run 1: 2 test cases × 2 variants × 2 repeats");
  await results.getByRole("button", { name: "Open test case 2, Thorough" }).click();
  const cell = page.getByRole("dialog", { name: "Test case 2 · Thorough" });
  await expect(cell).toContainText("Tell me about reefs for children.");
  await expect(cell.getByTestId("stop-reason")).toHaveText("end_turn");
  await cell.getByRole("button", { name: "Close" }).click();

  // A link carries the comparison (without results: those were not asked for).
  await page.getByRole("button", { name: "Share" }).click();
  const share = page.getByRole("dialog", { name: "Share" });
  // The link is made after the dialog opens: read it once it is there.
  const linkBox = share.getByRole("textbox", { name: "Share link" });
  await expect(linkBox).toHaveValue(/#preset=[A-Za-z0-9_-]+$/);
  const link = await linkBox.inputValue();
  await share.getByRole("button", { name: "Close" }).click();
  const other = await browser.newPage();
  await other.goto(link);
  await expect(other.getByRole("button", { name: "Thorough", exact: true })).toBeVisible();
  await expect(other.getByRole("textbox", { name: "topic, test case 1" })).toHaveValue("tides");
  await expect(other.getByRole("textbox", { name: "Message 1" })).toHaveValue(
    "Tell me about {{topic}} for {{audience}}.",
  );
  await expect(other.getByRole("region", { name: "Variant 2" })).toHaveCount(0); // test cases: the grid, not columns
  await expect(other.getByRole("region", { name: "Results" })).toContainText("Run fills this grid");
  await other.close();
});

test("a link made before comparisons (preset version 2) opens as the one request it was", async ({ page }) => {
  const v2 = {
    ...makePreset({
      name: "Older link",
      request: { model: "claude-opus-4-6", max_tokens: 300, messages: [{ role: "user", content: "From before" }] },
      betas: ["my-beta-1"],
    }),
    version: 2,
  } as unknown as Preset;
  const payload = await encodePresetPayload(v2);
  expect(payload.ok).toBe(true);
  await openPlayground(page);
  await page.goto(`/#preset=${payload.ok ? payload.value : ""}`);
  await expect(page.getByRole("textbox", { name: "Message 1" })).toHaveValue("From before");
  await expect(page.getByRole("spinbutton", { name: "Max tokens" })).toHaveValue("300");
  await expect(page.getByRole("region", { name: "Transcript" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Variant 1" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add variant" })).toBeEnabled();
});
