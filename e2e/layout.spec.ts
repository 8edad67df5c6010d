import { test, expect } from "./fixtures";

// The page as a whole, on a phone and on a laptop: the columns stack or sit side by side, nothing makes the page
// itself scroll sideways (a wide table or a code block scrolls inside its own box), and loading it and running a
// call logs no error in the console (a missing icon, a failed chunk and a React warning all show there).
for (const [name, viewport] of [
  ["a small phone's", { width: 320, height: 640 }],
  ["a phone's", { width: 390, height: 844 }],
  ["a laptop's", { width: 1280, height: 800 }],
] as const) {
  test(`at ${name} width, a call with history leaves the page without sideways scrolling or console errors`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`${message.text()} (${message.location().url})`);
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.setViewportSize(viewport);
    await page.goto("/");
    await page.getByRole("textbox", { name: "Message 1" }).fill("A question asked on a small screen");
    await page.getByRole("button", { name: "Run" }).click();
    const transcript = page.getByRole("region", { name: "Transcript" });
    await expect(transcript.getByTestId("stop-reason")).toBeVisible();
    await transcript.getByText(/^Event inspector/).click();
    // Each event's line is wide enough to read a delta's text: in a narrow inspector its name goes above it, not beside it.
    const line = transcript.getByTestId("event-summary").nth(3);
    await expect(line).toContainText("text_delta");
    expect(await line.evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThanOrEqual(180);
    const history = page.getByRole("region", { name: "History" });
    await expect(history.locator("tbody tr")).toHaveCount(1);
    // The chart's labels stay legible: drawn at the box's width on a phone, not a wide drawing scaled down to it.
    const chart = history.getByRole("img", { name: /^Tokens and cost of the last 1 calls/ });
    await expect
      .poll(() =>
        chart
          .locator("text")
          .first()
          .evaluate((label) => label.getBoundingClientRect().height),
      )
      .toBeGreaterThanOrEqual(9);

    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    // Nor is any control cut off at the screen's edge (the page may clip what overflows): every button and field
    // outside a scroll box of its own lies within the screen's width.
    const cut =
      await page.evaluate(`[...document.querySelectorAll("button, select, input, textarea")].filter((element) => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || element.closest(".monaco-editor")) return false;
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (["auto", "scroll"].includes(getComputedStyle(parent).overflowX)) return false;
      }
      return box.left < 0 || box.right > document.documentElement.clientWidth + 0.5;
    }).map((element) => element.outerHTML.slice(0, 120))`);
    expect(cut).toEqual([]);
    expect(errors).toEqual([]);
  });
}

// A phone's header may have no room for Run's reason in words: a mark beside Run stands for it then, so that a disabled Run is
// never all a sighted reader sees. It is the same button as on a wider screen, and takes the reader to the issue.
for (const width of [320, 390]) {
  test(`at ${width} px, a disabled Run has a mark beside it that leads to the reason`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.goto("/");
    const run = page.getByRole("button", { name: "Run", exact: true });
    await expect(run).toBeDisabled();
    const hint = page.getByRole("button", { name: "Go to the message to write" });
    await expect(hint).toBeVisible();
    await expect(hint).toHaveAccessibleDescription("Write message 1 to run");
    // The button (words where a few fit, else the mark) lies on Run's row, whole, within the screen, and wide enough to tap.
    const [mark, runBox] = [(await hint.boundingBox())!, (await run.boundingBox())!];
    expect(mark.x + mark.width).toBeLessThanOrEqual(runBox.x);
    expect(mark.x).toBeGreaterThanOrEqual(0);
    expect(mark.width).toBeGreaterThanOrEqual(20);
    expect(Math.abs(mark.y + mark.height / 2 - (runBox.y + runBox.height / 2))).toBeLessThan(4);
    await hint.click();
    await expect(page.getByRole("textbox", { name: "Message 1" })).toBeFocused();

    await page.getByRole("textbox", { name: "Message 1" }).fill("Hello");
    await expect(run).toBeEnabled();
    await expect(hint).toHaveCount(0);
    await page.getByRole("spinbutton", { name: "Max tokens" }).fill("999999");
    await expect(run).toBeDisabled();
    await page.evaluate(() => window.scrollTo(0, 0));
    const issue = page.getByRole("button", { name: "Go to the issue" });
    await expect(issue).toBeVisible();
    await expect(issue).toHaveAccessibleDescription(/max_tokens/);
    await issue.click();
    const message = page.locator('[data-issue-path="max_tokens"]');
    await expect(message).toBeFocused();
    await expect(message).toBeInViewport();
  });
}

// Run brings the reply into sight: on a phone the panels stack and the transcript starts far below Run, so the page
// scrolls to it; on a laptop it sits beside the editor, and the page stays where it is.
test("on a phone, Run scrolls the page to the transcript; on a laptop the page stays still", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await page.getByRole("textbox", { name: "Message 1" }).fill("A question asked on a phone");
  const heading = page.getByRole("heading", { name: "Transcript" });
  await expect(heading).not.toBeInViewport();
  await page.getByRole("button", { name: "Run" }).click();
  await expect(heading).toBeInViewport();
  await expect(
    page.getByRole("region", { name: "Transcript" }).getByText(/You asked: .A question asked on a phone/),
  ).toBeInViewport();

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => window.scrollTo(0, 0));
  // The page can scroll at this size (the usage panels lie below the fold), so staying still is the page's choice.
  expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeGreaterThan(100);
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("region", { name: "Transcript" }).getByTestId("stop-reason")).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

// The header keeps its rows whatever Run's reason or the last preset action says: when either took a width of its
// own, typing the first message or saving a preset moved Run between rows and the whole page with it (1366, 1440).
for (const width of [1280, 1366, 1440]) {
  test(`at ${width} px, the header keeps its height as Run's reason and the presets' messages come and go`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/");
    const header = page.locator("header");
    const run = page.getByRole("button", { name: "Run", exact: true });
    await expect(run).toBeDisabled();
    const height = (await header.boundingBox())!.height;
    const heights = [height];
    await page.getByRole("textbox", { name: "Message 1" }).fill("Hello");
    await expect(run).toBeEnabled();
    heights.push((await header.boundingBox())!.height);
    await page.getByRole("spinbutton", { name: "Temperature" }).fill("3");
    await expect(run).toBeDisabled();
    heights.push((await header.boundingBox())!.height);
    await page.getByRole("spinbutton", { name: "Temperature" }).fill("");
    await page.getByRole("button", { name: "Save preset" }).click();
    await page
      .getByRole("dialog")
      .getByRole("textbox", { name: "Preset name" })
      .fill("A preset with a long name, to make the message long");
    await page.getByRole("dialog").getByRole("button", { name: "Save", exact: true }).click();
    const saved = page.getByRole("status").filter({ hasText: "Saved" });
    await expect(saved).toBeVisible();
    heights.push((await header.boundingBox())!.height);
    expect(heights).toEqual(heights.map(() => height));
    // At these widths the header is one row.
    expect(height).toBeLessThan(56);
    // The message floats clear of Run, and a message that is not an error can be dismissed (it also goes by itself).
    const box = (await saved.boundingBox())!;
    expect(box.y).toBeGreaterThan(height);
    await page.getByRole("button", { name: "Dismiss message" }).click();
    await expect(saved).toHaveCount(0);
  });
}

test("in the dark theme, the JSON editor sits on its panel's colour, not on a grey box of its own", async ({
  page,
}) => {
  await page.goto("/");
  const panel = page.getByRole("region", { name: "Request JSON" });
  // As drawn (sRGB hex): the panel's colour is written in lab(), Monaco's in rgb().
  const drawn = (element: Element) => {
    const context = document.createElement("canvas").getContext("2d")!;
    context.fillStyle = getComputedStyle(element).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)].map((n) => n.toString(16).padStart(2, "0")).join("");
  };
  const editorBackground = () => panel.locator(".monaco-editor-background").first().evaluate(drawn);
  const panelBackground = () => panel.evaluate(drawn);
  await panel.locator(".monaco-editor").waitFor();
  await page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
  await expect.poll(panelBackground).not.toBe("ffffff");
  await expect.poll(editorBackground).toBe(await panelBackground());
});
