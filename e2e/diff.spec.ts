// The Diff dialog, opened from History on two real calls through the production server and its simulator: the replies'
// words and tool inputs, the usage and cost deltas as History shows them, the requests' fields and where the prompt
// cache breaks, axe in both themes.
import type { Locator, Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { test, expect } from "./fixtures";
import { openPlayground, typeIntoEditor } from "./request-editor-helpers";

const SYSTEM = "You are a travel guide who answers in two sentences. ".repeat(4);
const request = (system: string, question: string, extra: Record<string, unknown> = {}) => ({
  model: "claude-opus-4-6",
  max_tokens: 400,
  system: [{ type: "text", text: system, cache_control: { type: "ephemeral" } }],
  messages: [{ role: "user", content: [{ type: "text", text: question }] }],
  ...extra,
});

/** Runs a request typed into the JSON editor; returns the reply's text as Raw shows it (the last text block). */
async function run(page: Page, body: unknown): Promise<string> {
  const filed = await historyRows(page).count();
  await typeIntoEditor(page, JSON.stringify(body));
  await page.getByRole("button", { name: "Run", exact: true }).click();
  // Until History has this call, the transcript may still show the one before (its stop reason, its Raw buttons).
  await expect(historyRows(page)).toHaveCount(filed + 1);
  const transcript = page.getByRole("region", { name: "Transcript" });
  await expect(transcript.getByTestId("stop-reason")).toBeVisible();
  await expect(page.getByRole("button", { name: "Run", exact: true })).toBeEnabled();
  const raw = transcript.getByRole("button", { name: /^Raw view of/ });
  if (!(await raw.count())) return "";
  await raw.last().click();
  return (await transcript.getByTestId("text-block").last().locator("pre").textContent()) ?? "";
}

const historyRows = (page: Page) => page.getByRole("region", { name: "History" }).locator("tbody tr");

/** Ticks the two newest calls in History and opens their Diff. */
async function diffNewestTwo(page: Page): Promise<Locator> {
  const rows = historyRows(page);
  await expect(rows).toHaveCount(2);
  const diff = page.getByRole("region", { name: "History" }).getByRole("button", { name: "Diff", exact: true });
  await expect(diff).toBeDisabled();
  await expect(diff).toHaveAccessibleDescription("· tick two calls to Diff them");
  for (const i of [0, 1])
    await rows
      .nth(i)
      .getByRole("checkbox", { name: /^Select call from .* to diff$/ })
      .check();
  if (process.env.DIFF_SCREENSHOTS)
    await page.getByRole("region", { name: "History" }).screenshot({ path: "/tmp/diff-history-ticked.png" });
  await diff.click();
  const dialog = page.getByRole("dialog", { name: "Diff" });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The text a reader of the word diff sees for one side: unchanged pieces plus that side's own, without the
 * screen-reader marks. */
function sideText(box: Locator, side: "A" | "B"): Promise<string> {
  return box.evaluate((element, keep) => {
    const skip = keep === "A" ? "INS" : "DEL";
    const walk = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? "";
      const el = node as HTMLElement;
      if (el.tagName === skip || el.classList?.contains("sr-only")) return "";
      return [...el.childNodes].map(walk).join("");
    };
    return walk(element);
  }, side);
}

/** A row of the usage table: its label's cells A, B and B − A. */
async function usageRow(dialog: Locator, label: string): Promise<string[]> {
  const row = dialog
    .getByRole("region", { name: "Usage and cost" })
    .getByRole("row", { name: new RegExp(`^${label}`) });
  return row.getByRole("cell").allTextContents();
}

/** On a phone nothing in the dialog scrolls sideways: the usage table, the words and the fields fit its width.
 * (Screen-reader text is clipped to a pixel on purpose: not content that could scroll.) */
async function expectNoSidewaysScroll(page: Page, dialog: Locator) {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const tab of ["Replies", "Requests"]) {
    await dialog.getByRole("tab", { name: tab }).click();
    const overflow = await dialog.evaluate((el) =>
      [el, ...el.querySelectorAll("*")]
        .filter((node) => !node.closest(".sr-only") && node.scrollWidth > node.clientWidth + 1)
        .map((node) => node.outerHTML.slice(0, 80)),
    );
    expect(overflow, `${tab} at 390 px`).toEqual([]);
  }
}

/** The dialog as a person sees it, for judging by eye: light and dark on a laptop, and on a 390 px phone. */
async function screenshots(page: Page, dialog: Locator, name: string) {
  for (const [theme, width, height] of [
    ["Light", 1280, 900],
    ["Dark", 1280, 900],
    ["Light", 390, 844],
  ] as const) {
    await page.getByRole("combobox", { name: "Theme" }).selectOption({ label: theme });
    await page.setViewportSize({ width, height });
    for (const tab of ["Replies", "Requests"]) {
      await dialog.getByRole("tab", { name: tab }).click();
      await page.screenshot({ path: `/tmp/diff-${name}-${tab.toLowerCase()}-${theme.toLowerCase()}-${width}.png` });
    }
  }
}

test.describe("the Diff dialog from History", () => {
  test("two replies by words with usage and cost deltas, and two requests by field with the cache break marked", async ({
    page,
  }) => {
    await openPlayground(page);
    const replyA = await run(page, request(SYSTEM, "What should I see in Paris?"));
    const replyB = await run(page, request(`${SYSTEM}Mention the food.`, "What should I see in Paris?"));
    expect(replyA).not.toBe(replyB);

    // History's own figures, newest first: B is row 0, A row 1.
    const cells = async (i: number) => historyRows(page).nth(i).getByRole("cell").allTextContents();
    const [b, a] = [await cells(0), await cells(1)];
    const dialog = await diffNewestTwo(page);
    await expect(dialog.getByRole("tab", { name: "Replies" })).toHaveAttribute("aria-selected", "true");
    await expect(dialog.getByText(/^A: Call of /)).toBeVisible();

    // The words: every piece read as A (unchanged and struck) is reply A; as B (unchanged and underlined), reply B.
    const text = dialog.getByRole("region", { name: "Text" });
    const box = text.locator("div.whitespace-pre-wrap");
    expect(await sideText(box, "A")).toBe(replyA);
    expect(await sideText(box, "B")).toBe(replyB);
    await expect(text.locator("ins").first()).toBeVisible();
    await expect(text.locator("del").first()).toBeVisible();
    // Not by colour alone: a screen reader hears each mark, and the marks differ in shape.
    await expect(text.locator("ins .sr-only").first()).toHaveText("[added: ");
    await expect(text.locator("del .sr-only").first()).toHaveText("[removed: ");
    expect(
      await text
        .locator("ins")
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).toBe("underline");
    expect(
      await text
        .locator("del")
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).toBe("line-through");

    // Usage: the same figures as History's rows (columns: time, model, status, input, cache write, cache read, output,
    // cost), and B − A.
    const number = (s: string) => Number(s.replace(/[^\d.]/g, ""));
    for (const [label, column] of [
      ["Input", 3],
      ["Output", 6],
    ] as const) {
      const [ca, cb, delta] = await usageRow(dialog, label);
      expect([ca, cb]).toEqual([a[column], b[column]]);
      const difference = number(b[column]) - number(a[column]);
      expect(delta.split(" ")[0]).toBe(
        difference === 0 ? "0" : `${difference > 0 ? "+" : "−"}${Math.abs(difference).toLocaleString("en-US")}`,
      );
    }
    const [costA, costB, costDelta] = await usageRow(dialog, "Cost");
    expect([costA, costB]).toEqual([a[7], b[7]]);
    expect(costDelta).toMatch(/^(0|[+−]\$[\d.]+( \([+−][\d.]+%\))?)$/);

    // The requests: the changed system text by words, marked as where the cache prefix breaks.
    await dialog.getByRole("tab", { name: "Replies" }).press("ArrowRight");
    await expect(dialog.getByRole("tab", { name: "Requests" })).toHaveAttribute("aria-selected", "true");
    await expect(dialog.getByTestId("cache-split")).toHaveText(
      "Prompt cache: The cache prefix breaks here: system[0] changed; the breakpoint from there on misses: system[0].",
    );
    const fields = dialog.getByRole("list", { name: "Changed fields of the request" });
    await expect(fields.getByRole("listitem")).toHaveCount(1);
    const marked = fields.locator("[data-cache-break]");
    await expect(marked).toContainText("system[0].text");
    await expect(marked).toContainText("the cache prefix breaks here");
    await expect(marked.locator("ins")).toHaveText("[added: Mention the food. :end added]");

    for (const theme of ["Light", "Dark"] as const) {
      await page.getByRole("combobox", { name: "Theme" }).selectOption({ label: theme });
      for (const tab of ["Requests", "Replies"]) {
        await dialog.getByRole("tab", { name: tab }).click();
        expect(await axeViolations(page), `${theme}, ${tab}`).toEqual([]);
      }
    }
    await expectNoSidewaysScroll(page, dialog);
    if (process.env.DIFF_SCREENSHOTS) await screenshots(page, dialog, "words");
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toBeHidden();
  });

  test("two tool calls by input field, and a change of tool_choice breaking the messages' cache only", async ({
    page,
  }) => {
    await openPlayground(page);
    const tools = [
      {
        name: "get_weather",
        description: "Get the current weather in a given city.",
        input_schema: {
          type: "object",
          properties: { location: { type: "string" }, unit: { type: "string", enum: ["celsius", "fahrenheit"] } },
          required: ["location"],
        },
        cache_control: { type: "ephemeral" },
      },
    ];
    await run(page, request(SYSTEM, "Use get_weather for Paris.", { tools }));
    await run(page, request(SYSTEM, "Use get_weather for Lyon.", { tools, tool_choice: { type: "any" } }));
    const dialog = await diffNewestTwo(page);

    const calls = dialog.getByRole("region", { name: "Tool calls" });
    await expect(calls).toContainText("get_weather");
    await expect(calls).toContainText("input differs in 1 field");
    const location = calls.getByRole("list", { name: "Changed input fields of get_weather" }).getByRole("listitem");
    await expect(location).toContainText("location");
    await expect(location.locator("del")).toContainText("Paris");
    await expect(location.locator("ins")).toContainText("Lyon");

    // The question changed in the first message, which no breakpoint covers: nothing cached is lost, nothing marked.
    await dialog.getByRole("tab", { name: "Requests" }).click();
    await expect(dialog.getByTestId("cache-split")).toHaveText(
      "Prompt cache: The prompts part where messages[0].content[0] changed, after every cache breakpoint: the cached prefix still matches.",
    );
    const fields = dialog.getByRole("list", { name: "Changed fields of the request" });
    await expect(fields.locator("[data-cache-break]")).toHaveCount(0);
    await expect(fields.getByRole("listitem").filter({ hasText: "tool_choice" })).toContainText("only in B");
    await expectNoSidewaysScroll(page, dialog);
    if (process.env.DIFF_SCREENSHOTS) await screenshots(page, dialog, "tools");
  });
});
