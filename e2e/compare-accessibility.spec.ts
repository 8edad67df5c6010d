// axe-core's WCAG rules over compare mode: the variants' bar and columns after a run, the Variables, the Test cases, the
// Results grid, a cell's dialog, the import dialog and the confirmation before a costly run; in both themes, at laptop
// and phone widths.
import { axeViolations as violations } from "./axe";
import { test, expect } from "./fixtures";
import { pasteCases, runEnds } from "./compare-helpers";
import { openPlayground } from "./request-editor-helpers";

for (const [width, height] of [
  [1440, 900],
  [390, 844],
] as const) {
  test(`compare mode at ${width} px has no axe violations, in either theme`, async ({ page }) => {
    // Ten axe scans of a page with a results grid, and three runs: a minute or more on a loaded two-core machine.
    test.slow();
    await openPlayground(page);
    await page.setViewportSize({ width, height });
    const themes = async (what: string) => {
      for (const theme of ["Light", "Dark"] as const) {
        await page.getByRole("combobox", { name: "Theme" }).selectOption({ label: theme });
        expect(await violations(page), `${theme}: ${what}`).toEqual([]);
      }
    };
    await page.getByRole("textbox", { name: "Message 1" }).fill("Tell me about {{topic}}.");
    await page.getByRole("textbox", { name: "topic", exact: true }).fill("tides");
    await page.getByRole("button", { name: "Add variant" }).click();
    await page.getByRole("textbox", { name: "Variant name" }).fill("Second");
    await page.getByRole("spinbutton", { name: "Repeats" }).fill("2");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await runEnds(page);
    await page.getByText("Run settings").click();
    await themes("the variants' columns after a run, with run settings open");
    await page.getByText("Run settings").click();

    await page.getByRole("region", { name: "Test cases" }).getByRole("button", { name: "Paste or import" }).click();
    await themes("the import dialog");
    await page.getByRole("dialog").getByRole("button", { name: "Close" }).click();
    await pasteCases(page, "topic\ntides\nreefs");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await runEnds(page);
    await themes("the results grid");
    await page.getByRole("button", { name: "Open test case 1, Second" }).click();
    await themes("a cell's dialog");
    await page.getByRole("dialog").getByRole("button", { name: "Close" }).click();

    await page.getByText("Run settings").click();
    await page.getByRole("spinbutton", { name: "Ask before runs over (USD)" }).fill("0");
    await page.getByText("Run settings").click();
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await expect(page.getByRole("dialog", { name: "Run all these calls?" })).toBeVisible();
    await themes("the confirmation before a costly run");
  });
}
