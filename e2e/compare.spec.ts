// Compare and iterate (issue #31): variants side by side, {{variables}}, test cases with a results grid, repeats, runs
// of many calls with bounded concurrency, and all of it kept in presets and links. Through the production server on
// its simulator, in Chromium, by role and accessible name.
import { test, expect } from "./fixtures";
import { pasteCases, runEnds, sentText, watchCalls } from "./compare-helpers";
import { editorJson, openPlayground } from "./request-editor-helpers";

test("one variant is the single request; Add variant copies the selected one, which the panel and the JSON edit", async ({
  page,
}) => {
  await openPlayground(page);
  const calls = watchCalls(page);
  await expect(page.getByRole("region", { name: "Transcript" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Variant 1" })).toHaveCount(0);
  await page.getByRole("textbox", { name: "Message 1" }).fill("Tell me about tides.");
  await page.getByRole("textbox", { name: "System prompt" }).fill("Be brief.");

  await page.getByRole("button", { name: "Add variant" }).click();
  await expect(page.getByRole("region", { name: "Transcript" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Variant 1" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Variant 2" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Variant 2", exact: true })).toHaveAttribute("aria-pressed", "true");
  // The copy starts as the selected variant was; edits go to it alone.
  await expect(page.getByRole("textbox", { name: "System prompt" })).toHaveValue("Be brief.");
  await page.getByRole("textbox", { name: "System prompt" }).fill("Be thorough.");
  await expect.poll(async () => (await editorJson(page))?.system).toBe("Be thorough.");
  await page.getByRole("textbox", { name: "Variant name" }).fill("Thorough");
  await expect(page.getByRole("button", { name: "Thorough", exact: true })).toBeVisible();

  // Same messages in all variants is on by default: the conversation is one.
  await expect(page.getByRole("checkbox", { name: "Same messages in all variants" })).toBeChecked();
  await page.getByRole("textbox", { name: "Message 1" }).fill("Tell me about harbours.");
  await page.getByRole("button", { name: "Variant 1", exact: true }).click();
  await expect(page.getByRole("textbox", { name: "System prompt" })).toHaveValue("Be brief.");
  await expect(page.getByRole("textbox", { name: "Message 1" })).toHaveValue("Tell me about harbours.");
  await expect.poll(async () => (await editorJson(page))?.system).toBe("Be brief.");

  // Run runs every variant at once, each into its own column, with its figures.
  await page.getByRole("button", { name: "Run", exact: true }).click();
  for (const [name, system] of [
    ["Variant 1", "Be brief."],
    ["Variant 2", "Be thorough."],
  ]) {
    const column = page.getByRole("region", { name });
    await expect(column.getByTestId("stop-reason")).toHaveText("end_turn");
    await expect(column).toContainText(`(“${system}”)`);
    await expect(column.getByRole("definition").filter({ hasText: /^\$/ })).toBeVisible();
  }
  expect(calls.bodies.map((b) => b.system).sort()).toEqual(["Be brief.", "Be thorough."]);
  expect(calls.bodies.every((b) => sentText(b) === "Tell me about harbours.")).toBe(true);

  // Stop stops all.
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await page.getByRole("button", { name: "Stop", exact: true }).click();
  await runEnds(page, "stopped");
  for (const name of ["Variant 1", "Variant 2"])
    await expect(page.getByRole("region", { name }).getByTestId("stopped")).toBeVisible();

  // Reorder, then remove: one variant is the single request again.
  await page.getByRole("button", { name: "Thorough", exact: true }).click();
  await page.getByRole("button", { name: "Move variant left" }).click();
  await expect(page.getByRole("region", { name: "Variant 1" }).getByRole("heading")).toContainText("Thorough");
  await page.getByRole("button", { name: "Remove variant" }).click();
  await expect(page.getByRole("region", { name: "Transcript" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "System prompt" })).toHaveValue("Be brief.");

  // Up to eight.
  for (let i = 0; i < 7; i++) await page.getByRole("button", { name: "Add variant" }).click();
  await expect(page.getByRole("region", { name: "Variant 8" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add variant" })).toBeDisabled();
});

test("variables: listed with a textbox each, Run refused until each has a value, sent filled in, and shown so", async ({
  page,
}) => {
  await openPlayground(page);
  const calls = watchCalls(page);
  await page.getByRole("textbox", { name: "Message 1" }).fill("Tell me about {{topic}}, not \\{{literal}}.");
  const variables = page.getByRole("region", { name: "Variables" });
  await expect(variables.getByRole("textbox")).toHaveCount(1);
  const run = page.getByRole("button", { name: "Run", exact: true });
  await expect(run).toBeDisabled();
  await expect(page.getByText("Give {{topic}} a value to run")).toBeVisible();
  // The reason takes the reader to the value to give.
  await page.getByRole("button", { name: "Go to the value to give" }).click();
  await expect(variables.getByRole("textbox", { name: "topic" })).toBeFocused();
  await variables.getByRole("textbox", { name: "topic" }).fill("tides");
  await run.click();
  await expect(page.getByRole("region", { name: "Transcript" }).getByTestId("stop-reason")).toHaveText("end_turn");
  expect(sentText(calls.bodies[0])).toBe("Tell me about tides, not {{literal}}.");

  // The JSON's preview and Get code show the request as sent.
  await page.getByRole("button", { name: "As sent" }).click();
  const preview = page.getByRole("region", { name: "Request JSON" }).getByLabel("Request as sent");
  await expect(preview).toContainText('"content": "Tell me about tides, not {{literal}}."');
  await page.getByRole("button", { name: "As sent" }).click();
  await page.getByRole("button", { name: "Get code" }).click();
  const code = page.getByRole("dialog", { name: "Get code" }).getByLabel("Generated code");
  await expect(code).toContainText("Tell me about tides, not {{literal}}.");
  await expect(code).not.toContainText("{{topic}}");
  await page.getByRole("dialog", { name: "Get code" }).getByRole("button", { name: "Close" }).click();

  // A reply added to the conversation keeps the variable in the turns before it.
  await page.getByRole("button", { name: "Add reply to messages" }).click();
  await expect(page.getByRole("textbox", { name: "Message 1" })).toHaveValue(
    "Tell me about {{topic}}, not \\{{literal}}.",
  );
});

test("test cases: edited in place, pasted, imported and exported; the Results grid streams, totals and opens each cell", async ({
  page,
}) => {
  await openPlayground(page);
  const calls = watchCalls(page);
  await page.getByRole("textbox", { name: "Message 1" }).fill("Tell me about {{topic}}.");
  const cases = page.getByRole("region", { name: "Test cases" });
  await cases.getByRole("button", { name: "Add test case" }).click();
  await cases.getByRole("textbox", { name: "topic, test case 1" }).fill("tides");
  await pasteCases(page, "topic\nharbours\nreefs", { replace: false });
  await expect(cases.getByRole("textbox", { name: "topic, test case 3" })).toHaveValue("reefs");

  // A JSON Lines file replaces them; a bad one changes nothing and says why.
  await cases.getByRole("button", { name: "Paste or import" }).click();
  const dialog = page.getByRole("dialog", { name: "Paste or import test cases" });
  await dialog.getByLabel("Or import a file").setInputFiles({
    name: "cases.jsonl",
    mimeType: "application/jsonl",
    buffer: Buffer.from('{"topic":"bad"}\nnot json\n'),
  });
  await expect(dialog.getByRole("alert")).toContainText("Line 2 is not JSON");
  await dialog.getByLabel("Or import a file").setInputFiles({
    name: "cases.jsonl",
    mimeType: "application/jsonl",
    buffer: Buffer.from('{"topic":"lighthouses"}\n{"topic":"estuaries"}\n{"topic":"dunes"}\n'),
  });
  await expect(dialog).toBeHidden();
  await expect(cases.getByRole("textbox", { name: /test case/ })).toHaveCount(3);
  const exported = page.waitForEvent("download");
  await cases.getByRole("button", { name: "Export CSV" }).click();
  const { readFile } = await import("node:fs/promises");
  expect(await readFile((await (await exported).path())!, "utf8")).toBe(
    "topic\r\nlighthouses\r\nestuaries\r\ndunes\r\n",
  );

  await page.getByRole("button", { name: "Add variant" }).click();
  await page.getByRole("textbox", { name: "System prompt" }).fill("Answer in one line.");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const results = page.getByRole("region", { name: "Results" });
  await expect(results.getByRole("button", { name: /^Open test case/ })).toHaveCount(6);
  await runEnds(page);
  await expect(page.getByRole("progressbar", { name: "Runs" })).toHaveAttribute("value", "6");
  expect(calls.bodies.map((b) => sentText(b)).sort()).toEqual(
    ["dunes", "dunes", "estuaries", "estuaries", "lighthouses", "lighthouses"].map((t) => `Tell me about ${t}.`),
  );
  // Totals: three calls in each column, two in each row, six in all.
  const table = results.getByRole("table");
  await expect(table.getByRole("row", { name: /^Column total/ })).toContainText("3 calls");
  await expect(table.getByRole("row").filter({ hasText: "estuaries" })).toContainText("2 calls");
  await expect(table.getByRole("row", { name: /^Column total/ })).toContainText("6 calls");

  // A cell opens its whole transcript.
  await results.getByRole("button", { name: "Open test case 2, Variant 2" }).click();
  const cell = page.getByRole("dialog", { name: "Test case 2 · Variant 2" });
  await expect(cell.getByTestId("stop-reason")).toHaveText("end_turn");
  await expect(cell).toContainText("Tell me about estuaries.");
  await expect(cell).toContainText("(“Answer in one line.”)");
  await cell.getByRole("button", { name: "Close" }).click();

  const csv = page.waitForEvent("download");
  await results.getByRole("button", { name: "Export CSV" }).click();
  const lines = (await readFile((await (await csv).path())!, "utf8")).trim().split("\r\n");
  expect(lines).toHaveLength(7);
  expect(lines[0]).toContain("reply");
  const json = page.waitForEvent("download");
  await results.getByRole("button", { name: "Export JSON" }).click();
  const saved = JSON.parse(await readFile((await (await json).path())!, "utf8"));
  expect(saved).toMatchObject({ format: "messages-playground-results", total: 6, finished: 6 });
});

test("repeats: each cell runs N times, and says its distinct replies, time spread, sums and tool calls", async ({
  page,
}) => {
  await openPlayground(page);
  const calls = watchCalls(page);
  await page.getByRole("combobox", { name: "Add an example tool" }).selectOption("get_weather");
  await page.getByRole("textbox", { name: "Message 1" }).fill("Use get_weather for {{city}}, please.");
  await pasteCases(page, "city\nParis\nRome");
  await page.getByRole("spinbutton", { name: "Repeats" }).fill("3");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await runEnds(page);
  expect(calls.bodies).toHaveLength(6);
  const results = page.getByRole("region", { name: "Results" });
  for (const row of ["Paris", "Rome"]) {
    const summary = results.getByRole("row").filter({ hasText: row }).getByLabel("Repeats").getByRole("definition");
    // Repeats ended, distinct replies, time min / median / max, tokens in / out, cost, tool calls.
    await expect(summary.nth(0)).toHaveText("3 of 3");
    await expect(summary.nth(1)).toHaveText("1");
    await expect(summary.nth(2)).toHaveText(/^[\d,]+ ms \/ [\d,]+ ms \/ [\d,]+ ms$/);
    await expect(summary.nth(5)).toHaveText("get_weather ×3");
  }
  // A cell shows any of its repeats whole.
  await results.getByRole("button", { name: "Open test case 1, Variant 1" }).click();
  await expect(page.getByRole("dialog").getByRole("button", { name: "Show repeat 3" })).toBeVisible();
});

test("runs at scale: bounded concurrency, a 429 waited out, the worst case asked about, Stop, and history's tags", async ({
  page,
}) => {
  await openPlayground(page);
  const calls = watchCalls(page);
  // The first call is refused with 429 and retry-after: 1, as an upstream at its rate limit would.
  let refused = 0;
  await page.route("**/api/v1/messages", async (route) => {
    if (route.request().method() === "POST" && refused++ === 0)
      return route.fulfill({
        status: 429,
        headers: { "content-type": "application/json", "retry-after": "1" },
        body: JSON.stringify({ type: "error", error: { type: "rate_limit_error", message: "Slow down" } }),
      });
    return route.continue();
  });
  await page.getByRole("textbox", { name: "Message 1" }).fill("Tell me about {{topic}}.");
  await pasteCases(page, "topic\na\nb\nc\nd\ne\nf");
  await page.getByRole("button", { name: "Add variant" }).click();
  await expect(page.getByTestId("run-size")).toHaveText(/^12 calls · worst case \$[\d.]+$/);
  await page.getByText("Run settings").click();
  await page.getByRole("spinbutton", { name: "Concurrency" }).fill("2");
  await page.getByRole("spinbutton", { name: "Ask before runs over (USD)" }).fill("0");
  await page.getByText("Run settings").click();

  await page.getByRole("button", { name: "Run", exact: true }).click();
  const ask = page.getByRole("dialog", { name: "Run all these calls?" });
  await expect(ask).toContainText("12 calls");
  await ask.getByRole("button", { name: "Run 12 calls" }).click();
  await expect(page.getByTestId("runs-figures")).toContainText("waiting");
  const done = await runEnds(page);
  expect(done).toContain("12 / 12");
  expect(calls.bodies).toHaveLength(13);
  expect(calls.most()).toBe(2);
  await expect(page.getByRole("region", { name: "Results" }).getByRole("alert")).toHaveCount(0);

  // Every call is in history with its run, variant and case, the refused one with its attempt.
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByRole("combobox", { name: "Show the calls of" })).toContainText("Run 1");
  await expect(history.getByRole("cell", { name: "Run 1 · variant 2 · case 6" })).toBeVisible();
  await expect(history.getByRole("cell", { name: /^Run 1 · variant 1 · case 1 · attempt 2$/ })).toBeVisible();
  await expect(history.getByRole("cell", { name: "error 429" })).toHaveCount(1);

  // Stop cancels what is queued and what is in flight: nothing more goes out.
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await ask.getByRole("button", { name: "Run 12 calls" }).click();
  await expect.poll(() => calls.bodies.length).toBeGreaterThanOrEqual(15);
  await page.getByRole("button", { name: "Stop", exact: true }).click();
  const stopped = await runEnds(page, "stopped");
  const sent = calls.bodies.length;
  expect(Number(/(\d+) \/ 12/.exec(stopped)?.[1])).toBeLessThan(12);
  await page.waitForTimeout(1500);
  expect(calls.bodies.length).toBe(sent);
  expect(calls.inFlight()).toBe(0);
  await expect(history.getByRole("combobox", { name: "Show the calls of" })).toContainText("Run 2");
});

test("the columns sit side by side on a wide screen and stack on a phone", async ({ page }) => {
  await openPlayground(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole("textbox", { name: "Message 1" }).fill("Tell me about tides.");
  await page.getByRole("button", { name: "Add variant" }).click();
  const box = async (name: string) => (await page.getByRole("region", { name }).boundingBox())!;
  expect((await box("Variant 2")).y).toBe((await box("Variant 1")).y);
  expect((await box("Variant 2")).x).toBeGreaterThan((await box("Variant 1")).x + (await box("Variant 1")).width - 1);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(async () => (await box("Variant 2")).y).toBeGreaterThan((await box("Variant 1")).y);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("a grid wider and taller than a laptop's window scrolls in its own box, its header and test cases staying in view", async ({
  page,
}) => {
  await openPlayground(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole("textbox", { name: "Message 1" }).fill("Tell me about {{topic}}.");
  for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Add variant" }).click();
  await pasteCases(
    page,
    ["topic", "tides", "reefs", "dunes", "estuaries", "fjords", "deltas", "atolls", "lagoons"].join("\n"),
  );
  const results = page.getByRole("region", { name: "Results" });
  // Below the test cases, the grid starts in the lower half of its column: Run brings it to the column's top in one
  // jump (a glide would pass through the places in between, a frame each).
  const reveal = results.evaluate(async (section) => {
    let column = section.parentElement;
    while (column && !(getComputedStyle(column).overflowY === "auto" && column.scrollHeight > column.clientHeight))
      column = column.parentElement;
    if (!column) throw new Error("no column scrolls the results");
    column.scrollTop = 0;
    const start = section.getBoundingClientRect().top - column.getBoundingClientRect().top;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    while (!document.querySelector('section[aria-label="Results"] table')) await frame();
    const tops: number[] = [];
    for (let i = 0; i < 10; i++) {
      await frame();
      const results = document.querySelector('section[aria-label="Results"]')!.parentElement!;
      tops.push(Math.round(results.getBoundingClientRect().top - column.getBoundingClientRect().top));
    }
    return { start, half: column.clientHeight / 2, tops };
  });
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const { start, half, tops } = await reveal;
  expect(start).toBeGreaterThan(half);
  expect(tops.at(-1)).toBe(0);
  expect(new Set(tops).size).toBeLessThanOrEqual(2);
  await runEnds(page, "done", 60_000);
  const scroller = results.getByRole("table").locator("xpath=..");
  const box = () =>
    scroller.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return {
        top: rect.top,
        left: rect.left,
        bottom: rect.bottom,
        window: window.innerHeight,
        sideways: element.scrollWidth - element.clientWidth,
        down: element.scrollHeight - element.clientHeight,
      };
    });
  // Four variants do not fit beside the panel, nor eight rows in the window: the grid scrolls both ways in its box, whose
  // bottom edge (and so its horizontal scroll bar) is in the window.
  const before = await box();
  expect(before.sideways).toBeGreaterThan(0);
  expect(before.down).toBeGreaterThan(0);
  expect(before.bottom).toBeLessThanOrEqual(before.window);
  // Scrolled to its far corner, the header row stays on top and the test cases at the left.
  await scroller.evaluate((element) => element.scrollTo({ left: element.scrollWidth, top: element.scrollHeight }));
  const corner = await box();
  const header = (await results.getByRole("columnheader", { name: "Test case" }).boundingBox())!;
  expect(Math.abs(header.y - corner.top)).toBeLessThan(2);
  expect(Math.abs(header.x - corner.left)).toBeLessThan(2);
  const lastCase = (await results.getByRole("rowheader", { name: /^8/ }).boundingBox())!;
  expect(Math.abs(lastCase.x - corner.left)).toBeLessThan(2);
  await expect(results.getByRole("columnheader", { name: /Row total/ })).toBeInViewport();
  await expect(results.getByRole("button", { name: "Open test case 8, Variant 4" })).toBeInViewport();
});

test("compare's names of the UI contract", async ({ page }) => {
  await openPlayground(page);
  await page.getByRole("textbox", { name: "Message 1" }).fill("About {{topic}}");
  await page.getByRole("button", { name: "Add variant" }).click();
  const named = [
    ["button", "Add variant"],
    ["region", "Variant 1"],
    ["region", "Variant 2"],
    ["checkbox", "Same messages in all variants"],
    ["region", "Variables"],
    ["region", "Test cases"],
    ["button", "Add test case"],
    ["spinbutton", "Repeats"],
  ] as const;
  for (const [role, name] of named)
    await expect(page.getByRole(role, { name, exact: true }), `${role} "${name}"`).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Variables" }).getByRole("textbox", { name: "topic" })).toBeVisible();
  await page.getByRole("button", { name: "Add test case" }).click();
  await page.getByRole("textbox", { name: "topic, test case 1" }).fill("tides");
  await expect(page.getByRole("region", { name: "Results", exact: true })).toHaveCount(1);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByRole("progressbar", { name: "Runs", exact: true })).toHaveCount(1);
});

test("Diff: two variants' requests and replies, and two results cells", async ({ page }) => {
  await openPlayground(page);
  await page.getByRole("textbox", { name: "Message 1" }).fill("Tell me about {{topic}}.");
  await page.getByRole("textbox", { name: "topic", exact: true }).fill("tides");
  await page.getByRole("textbox", { name: "System prompt" }).fill("Be brief.");
  await page.getByRole("button", { name: "Add variant" }).click();
  await page.getByRole("textbox", { name: "System prompt" }).fill("Be thorough.");

  // Before a run: the requests as they will be sent.
  const pair = page.getByRole("group", { name: "Diff two variants" });
  await pair.getByRole("button", { name: "Diff", exact: true }).click();
  let dialog = page.getByRole("dialog", { name: "Diff" });
  const fields = dialog.getByRole("list", { name: "Changed fields of the request" });
  await expect(fields.getByRole("listitem")).toHaveCount(1);
  await expect(fields.getByRole("listitem")).toContainText("system");
  await expect(dialog).not.toContainText("{{topic}}");
  await dialog.getByRole("button", { name: "Close" }).click();

  // After it: the replies too.
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await runEnds(page);
  await pair.getByRole("button", { name: "Diff", exact: true }).click();
  await expect(dialog.getByRole("tab", { name: "Replies" })).toHaveAttribute("aria-selected", "true");
  await expect(dialog.locator("ins").first()).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();

  // In the results grid, two ticked cells.
  await pasteCases(page, "topic\ntides\nreefs");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await runEnds(page);
  const results = page.getByRole("region", { name: "Results" });
  const diff = results.getByRole("button", { name: "Diff", exact: true });
  await expect(diff).toBeDisabled();
  await results.getByRole("checkbox", { name: "Select test case 1, Variant 1 to diff" }).check();
  await results.getByRole("checkbox", { name: "Select test case 2, Variant 1 to diff" }).check();
  await diff.click();
  dialog = page.getByRole("dialog", { name: "Diff" });
  await expect(dialog).toContainText("Test case 1 · Variant 1");
  await expect(dialog).toContainText("Test case 2 · Variant 1");
  await dialog.getByRole("tab", { name: "Requests" }).click();
  await expect(dialog.getByRole("list", { name: "Changed fields of the request" })).toContainText("messages");
});

test("the production build has no compare benchmark page (bench:compare builds its floor page into its own build)", async ({
  page,
}) => {
  expect((await page.request.get("/bench/compare-floor")).status()).toBe(404);
});
