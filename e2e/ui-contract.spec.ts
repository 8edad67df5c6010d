import { test, expect } from "./fixtures";

// DESIGN.md's UI contract: people using screen readers, and browser tests, find controls by these names.
test("every control of the UI contract has its role and accessible name", async ({ page }) => {
  await page.goto("/");
  const named = [
    ["button", "Run"],
    ["combobox", "Model"],
    ["spinbutton", "Max tokens"],
    ["spinbutton", "Temperature"],
    ["spinbutton", "Top P"],
    ["spinbutton", "Top K"],
    ["combobox", "Thinking"],
    ["combobox", "Effort"],
    ["textbox", "System prompt"],
    ["textbox", "Message 1"],
    ["button", "Add message"],
    ["region", "Tools"],
    ["button", "Add tool"],
    ["combobox", "Tool choice"],
    ["checkbox", "Response format"],
    ["textbox", "Stop sequences"],
    ["region", "Request JSON"],
    ["region", "Transcript"],
    ["region", "Usage"],
    ["region", "History"],
    ["button", "Save preset"],
    ["button", "Share"],
    ["button", "Import"],
    ["button", "Export"],
    ["button", "Get code"],
    ["group", "Beta features"],
  ] as const;
  for (const [role, name] of named) {
    await expect(page.getByRole(role, { name, exact: true }), `${role} "${name}"`).toHaveCount(1);
  }

  await page.getByRole("button", { name: "Add message", exact: true }).click();
  await expect(page.getByRole("textbox", { name: "Message 2", exact: true })).toBeVisible();

  await page.getByRole("combobox", { name: "Thinking", exact: true }).selectOption({ label: "Manual budget" });
  await expect(page.getByRole("spinbutton", { name: "Thinking budget", exact: true })).toBeVisible();
  await expect(page.getByTestId("thinking-deprecated")).toHaveText(
    "Manual budgets are deprecated on Claude Opus 4.6: Adaptive, with an effort, is the newer way.",
  );
  // Back to a request that runs: no thinking, no prefill.
  await page.getByRole("combobox", { name: "Thinking", exact: true }).selectOption({ label: "Off (not sent)" });
  await page.getByRole("button", { name: "Delete turn 2", exact: true }).click();

  await page.getByRole("button", { name: "Share", exact: true }).click();
  await expect(page.getByRole("textbox", { name: "Share link", exact: true })).toBeVisible();
  await page.keyboard.press("Escape");

  // Stop replaces Run while a reply streams, and Esc stops it.
  await page.getByRole("textbox", { name: "Message 1", exact: true }).fill("Tell me about tides.");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByRole("button", { name: "Stop", exact: true })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Run", exact: true })).toBeVisible();
});
