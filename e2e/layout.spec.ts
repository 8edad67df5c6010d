import { test, expect } from "./fixtures";

// The page on a narrow screen: the columns stack, and nothing makes the page itself scroll sideways (a wide
// table or a code block scrolls inside its own box).
test("at a phone's width, after a call with history, the page never scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await page.getByRole("textbox", { name: "Message 1" }).fill("A question asked on a phone");
  await page.getByRole("button", { name: "Run" }).click();
  const transcript = page.getByRole("region", { name: "Transcript" });
  await expect(transcript.getByTestId("stop-reason")).toBeVisible();
  await transcript.getByText(/^Event inspector/).click();
  const history = page.getByRole("region", { name: "History" });
  await expect(history.locator("tbody tr")).toHaveCount(1);

  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
});
