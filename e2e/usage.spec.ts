// The usage and history screens against the real production server and its real proxy, with a recorded
// stream (given cache tokens) replayed by a fake upstream, so every figure shown can be checked against
// the usage the stream carried.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page } from "@playwright/test";
import { startAppServer, type AppServer } from "@/lib/testing/app-server";
import { replaySse, startFakeUpstream, type FakeUpstream } from "@/lib/testing/fake-upstream";
import { readRecorded as readSharedFixture } from "@/lib/testing/recorded";
import { test, expect } from "./fixtures";

// The fake upstream and this describe's server take free ports: the ports after E2E_PORT may be another run's.

// Fixture 13 (a real text stream) with the cache counts of a call that wrote 48 tokens for 5 minutes and
// 2,000 for 1 hour, and read 1,111: message_start carries them, message_delta repeats them as newer servers do.
const CACHE_USAGE = {
  input_tokens: 3,
  cache_creation_input_tokens: 2048,
  cache_read_input_tokens: 1111,
  cache_creation: { ephemeral_5m_input_tokens: 48, ephemeral_1h_input_tokens: 2000 },
};

function cachedStream(usage: Record<string, unknown> = CACHE_USAGE): string {
  return readSharedFixture("13_text_stream_payloads.jsonl")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => {
      const data = JSON.parse(line);
      if (data.type === "message_start") data.message.usage = { ...data.message.usage, ...usage, output_tokens: 1 };
      if (data.type === "message_delta") data.usage = { ...data.usage, ...usage };
      return `event: ${data.type}\ndata: ${JSON.stringify(data)}\n\n`;
    })
    .join("");
}

/** A message that makes the fake upstream stop sending before message_delta. */
const STALL_BEFORE_USAGE = "Stall before usage";
/** A message the fake upstream refuses with a 429 it says not to retry. */
const RATE_LIMITED = "Rate limited";
/** A message answered by a call that searched the web 3 times and fetched 1 page (usage.server_tool_use). */
const SEARCHED = "Search the web";
/** A message answered with a 150,000-token prompt reported in usage: over Haiku 5.5's 100,000-token band. */
const LONG_PROMPT = "A long prompt";

const figure = (region: Locator, label: string) =>
  region.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd");

/** Replaces the request through the JSON editor, as a user pasting a request would. */
async function setRequestJson(page: Page, request: unknown, { invalid = false } = {}) {
  const editor = page.getByRole("region", { name: "Request JSON" });
  // Focused rather than clicked: a click could land on a hover that an earlier edit's error left open.
  await editor.getByRole("textbox", { name: /^Request body/ }).focus();
  await page.keyboard.press("ControlOrMeta+A");
  // One line: Monaco would re-indent pasted line breaks as if typed. Its auto-closing then leaves
  // brackets and quotes after the cursor: delete them.
  await page.keyboard.insertText(JSON.stringify(request));
  await page.keyboard.press("Shift+ControlOrMeta+End");
  await page.keyboard.press("Delete");
  // A request the panel refuses (the point of some tests) still reaches the store: only its messages show.
  if (!invalid) await expect(editor.getByRole("status")).toHaveCount(0);
}

/** Runs one call and waits for its end. (Not by seeing Stop first: a short reply can end before a check sees it.) */
async function runOnce(page: Page, text: string) {
  await page.getByRole("textbox", { name: "Message 1" }).fill(text);
  await page.getByRole("button", { name: "Run" }).click();
  const transcript = page.getByRole("region", { name: "Transcript" });
  // The transcript shows this run once it names the message sent.
  await expect(transcript.locator("details").filter({ hasText: "Conversation sent" })).toContainText(text);
  await expect(transcript.getByTestId("stop-reason")).toBeVisible();
  await expect(page.getByRole("button", { name: "Run" })).toBeEnabled();
}

test.describe("usage through the real proxy", () => {
  let upstream: FakeUpstream;
  let app: AppServer;
  let countTokensStatus = 200;
  /** While set, replies wait before message_delta: a test looks at a stream in flight, however slow the machine. */
  let heldEnd: Promise<void> | undefined;
  let releaseEnd = () => {};

  test.beforeAll(async () => {
    upstream = await startFakeUpstream(async (req, res, body) => {
      if (req.url?.startsWith("/v1/messages/count_tokens")) {
        res.writeHead(countTokensStatus, { "content-type": "application/json" });
        res.end(
          countTokensStatus === 200
            ? JSON.stringify({ input_tokens: 42 })
            : JSON.stringify({ type: "error", error: { type: "not_found_error", message: "Not found" } }),
        );
        return;
      }
      if (body.includes(RATE_LIMITED)) {
        res.writeHead(429, {
          "content-type": "application/json",
          "x-should-retry": "false",
          "request-id": "req_rate_limited",
        });
        res.end(
          JSON.stringify({
            type: "error",
            error: {
              type: "rate_limit_error",
              message: "Number of request tokens has exceeded your per-minute rate limit",
            },
          }),
        );
        return;
      }
      if (body.includes(STALL_BEFORE_USAGE)) {
        // Everything up to message_delta, then silence until the client stops: its output count never arrives.
        res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "request-id": "req_fake_upstream" });
        res.write(cachedStream().split("event: message_delta")[0]);
        return;
      }
      if (body.includes(SEARCHED)) {
        const usage = { input_tokens: 1234, server_tool_use: { web_search_requests: 3, web_fetch_requests: 1 } };
        return replaySse(res, cachedStream(usage), 20);
      }
      if (body.includes(LONG_PROMPT)) return replaySse(res, cachedStream({ input_tokens: 150_000 }), 20);
      await replaySse(res, cachedStream(), 150, (event) =>
        event.startsWith("event: message_delta") ? heldEnd : undefined,
      );
    });
    // A gateway's price file: its own Sonnet 4.6 prices, and Haiku 4.5 marked unknown.
    const pricesFile = join(mkdtempSync(join(tmpdir(), "usage-e2e-")), "prices.json");
    writeFileSync(
      pricesFile,
      JSON.stringify({
        models: {
          "claude-sonnet-4-6": {
            input: 2,
            output: 10,
            cacheWrite5m: 2.5,
            cacheWrite1h: 4,
            cacheRead: 0.2,
            source: "Test gateway price list",
            date: "2026-11-01",
          },
          "claude-haiku-4-5": null,
        },
      }),
    );
    app = await startAppServer({
      ANTHROPIC_API_KEY: "test-key",
      ANTHROPIC_BASE_URL: upstream.url,
      PLAYGROUND_PRICES_FILE: pricesFile,
    });
  });

  test.afterEach(() => {
    // A test that failed while holding a reply's end lets it go, for the tests after it.
    heldEnd = undefined;
    releaseEnd();
  });

  test.afterAll(async () => {
    await app?.stop();
    await upstream?.close();
  });

  test("the figures shown equal the usage in the stream, live while it streams", async ({ page }) => {
    countTokensStatus = 200;
    await page.goto(app.url);
    const usage = page.getByRole("region", { name: "Usage" });
    await page.getByRole("textbox", { name: "Message 1" }).fill("Hello, how are you?");
    // Before sending: the upstream's count_tokens answer, once the user pauses.
    await expect(figure(usage, "Input to send \\(count_tokens\\)")).toHaveText("42");

    heldEnd = new Promise((resolve) => (releaseEnd = resolve));
    await page.getByRole("button", { name: "Run" }).click();
    // message_start's counts show while the reply still streams.
    await expect(page.getByRole("button", { name: "Stop" })).toBeVisible();
    await expect(figure(usage, "Cache read")).toHaveText("1,111");
    await expect(page.getByRole("button", { name: "Stop" })).toBeVisible();
    // The call's clock ticks while the reply streams.
    const elapsedMs = async () => {
      const text = (await figure(usage, "Total time").textContent()) ?? "";
      const value = Number(text.replace(/[^\d.]/g, ""));
      return text.endsWith(" s") ? value * 1000 : value;
    };
    const before = await elapsedMs();
    await expect.poll(elapsedMs).toBeGreaterThan(before);
    await expect(page.getByRole("button", { name: "Stop" })).toBeVisible();
    heldEnd = undefined;
    releaseEnd();

    await expect(figure(usage, "Output tokens")).toHaveText("30");
    await expect(figure(usage, "Input tokens")).toHaveText("3");
    await expect(figure(usage, "Cache write")).toHaveText("2,048");
    await expect(figure(usage, "Cache read")).toHaveText("1,111");
    // Opus 4.6 at $5 / $25, 5-minute writes $6.25, 1-hour writes $10, reads $0.50 per MTok:
    // 3×5 + 30×25 + 48×6.25 + 2000×10 + 1111×0.5 = 15 + 750 + 300 + 20000 + 555.5 = 21,620.5 µ$
    await expect(figure(usage, "Cost")).toHaveText("$0.0216");
    await expect(figure(usage, "Stop reason")).toHaveText("end_turn");
    await expect(figure(usage, "HTTP status")).toHaveText("200");
    await expect(figure(usage, "Request ID")).toHaveText("req_fake_upstream");
    await expect(figure(usage, "Key")).toHaveText("Server key");
    await expect(figure(usage, "Attempts")).toHaveText(/^(—|\d+)$/);
    await expect(figure(usage, "First token")).toHaveText(/^\d[\d,]* ms$/);
    await expect(figure(usage, "Output speed")).toHaveText(/^\d+\.\d tok\/s$/);
    await expect(
      usage.getByText("Last call wrote 2,048 and read 1,111 cached tokens.", { exact: false }),
    ).toBeVisible();

    const history = page.getByRole("region", { name: "History" });
    const row = history.locator("tbody tr").first();
    await expect(row).toContainText("2,048");
    await expect(row).toContainText("$0.0216");
  });

  test("a stream stopped before the API reports its output tokens shows and records an estimate, marked as one", async ({
    page,
  }) => {
    countTokensStatus = 200;
    await page.goto(app.url);
    await page.getByRole("textbox", { name: "Message 1" }).fill(STALL_BEFORE_USAGE);
    await page.getByRole("button", { name: "Run" }).click();
    const transcript = page.getByRole("region", { name: "Transcript" });
    // message_start said output_tokens: 1; the whole text arrives, then the stream stalls before message_delta.
    await expect
      .poll(async () => ((await transcript.getByTestId("text-block").textContent()) ?? "").length)
      .toBeGreaterThan(16);
    await page.getByRole("button", { name: "Stop" }).click();
    await expect(transcript.getByTestId("stopped")).toBeVisible();

    const usage = page.getByRole("region", { name: "Usage" });
    const shown = await figure(usage, "Output tokens").textContent();
    expect(shown).toMatch(/^≈\d+$/);
    expect(Number(shown!.slice(1))).toBeGreaterThan(1);
    await expect(figure(usage, "Cost")).toHaveText(/^≈\$/);
    await expect(
      usage.getByText("output and cost are estimated from the text received", { exact: false }),
    ).toBeVisible();

    const row = page.getByRole("region", { name: "History" }).locator("tbody tr").first();
    await expect(row.locator("td").nth(2)).toHaveText("stopped");
    await expect(row.locator("td").nth(6)).toHaveText(shown!);
    await expect(page.getByRole("region", { name: "History" }).locator("tfoot")).toContainText(
      "1 with estimated output",
    );
  });

  test("a refused call shows its HTTP status in History and costs nothing", async ({ page }) => {
    await page.goto(app.url);
    await page.getByRole("textbox", { name: "Message 1" }).fill(RATE_LIMITED);
    await page.getByRole("button", { name: "Run" }).click();
    const alert = page.getByRole("region", { name: "Transcript" }).getByRole("alert");
    // The API's words as it wrote them (the proxy passes them through), and under them what they mean.
    await expect(alert).toContainText(
      "rate_limit_error (HTTP 429): Number of request tokens has exceeded your per-minute rate limit",
    );
    await expect(alert.getByTestId("error-explanation")).toHaveText(
      "The rate limit was reached: wait a moment, then try again.",
    );
    const history = page.getByRole("region", { name: "History" });
    const row = history.locator("tbody tr").first();
    await expect(row.locator("td").nth(2)).toHaveText("error 429");
    await expect(row.locator("td").nth(7)).toHaveText("$0");
    await expect(history.locator("tfoot")).not.toContainText("unknown cost");
  });

  test("cache breakpoints, what the last call wrote and read, the entry's lifetime, and a warning when an edit will miss it", async ({
    page,
  }) => {
    countTokensStatus = 200;
    await page.goto(app.url);
    const usage = page.getByRole("region", { name: "Usage" });
    const request = {
      model: "claude-opus-4-6",
      max_tokens: 2048,
      thinking: { type: "enabled", budget_tokens: 1024 },
      system: [{ type: "text", text: "You are a patient tutor.", cache_control: { type: "ephemeral", ttl: "1h" } }],
      messages: [{ role: "user", content: "Hello, how are you?" }],
      stream: true,
    };
    await setRequestJson(page, request);
    await expect(usage.getByRole("list", { name: "Cache breakpoints" })).toHaveText("system[0] · 1 hour");
    await expect(usage.getByRole("meter", { name: "Context window use" })).toHaveAttribute(
      "aria-valuetext",
      /thinking budget 1,024/,
    );

    await page.getByRole("button", { name: "Run" }).click();
    await expect(figure(usage, "Output tokens")).toHaveText("30");
    await expect(usage.getByRole("timer", { name: "Cache entry lifetime" })).toHaveText(
      /Entry lives (60:00|59:[0-5]\d) more \(1-hour lifetime/,
    );

    // An edit after the breakpoint keeps the cached prefix: no warning.
    await page.getByRole("textbox", { name: "Message 1" }).fill("And what about fractions?");
    const warning = usage.getByRole("status").filter({ hasText: "will miss" });
    await expect(warning).toHaveCount(0);
    // An edit above it breaks the prefix: a warning, and Run stays available.
    await setRequestJson(page, {
      ...request,
      system: [{ ...request.system[0], text: "You are a strict tutor." }],
      messages: [{ role: "user", content: "And what about fractions?" }],
    });
    await expect(warning).toHaveText(
      /An edit in system\[0\] changes the cached prefix up to system\[0\]: the next call will miss that cache entry/,
    );
    await expect(page.getByRole("button", { name: "Run" })).toBeEnabled();

    if (process.env.USAGE_SCREENSHOTS) {
      await runOnce(page, "And what about fractions?");
      await setRequestJson(page, {
        ...request,
        system: [{ ...request.system[0], text: "You are a kind tutor." }],
        messages: [{ role: "user", content: "And decimals?" }],
      });
      await expect(warning).toBeVisible();
      await page.mouse.click(5, 5);
      await usage.screenshot({ path: "/tmp/usage-usage-panel.png" });
      await page.getByRole("region", { name: "History" }).screenshot({ path: "/tmp/usage-history-panel.png" });
      await page.screenshot({ path: "/tmp/usage-page.png", fullPage: true });
      await page
        .getByRole("region", { name: "History" })
        .getByRole("button", { name: /^Open call/ })
        .first()
        .click();
      await page
        .getByRole("dialog")
        .getByText(/Events \(\d+\)/)
        .click();
      await page.screenshot({ path: "/tmp/usage-dialog.png" });
    }
  });

  test("a gateway's price file replaces the catalogue's prices, and a model it marks unknown shows tokens but no cost", async ({
    page,
  }) => {
    countTokensStatus = 200;
    await page.goto(app.url);
    const usage = page.getByRole("region", { name: "Usage" });
    await page.getByRole("combobox", { name: "Model" }).selectOption("claude-sonnet-4-6");
    await runOnce(page, "Hello, how are you?");
    // Gateway rates: 3×2 + 30×10 + 48×2.5 + 2000×4 + 1111×0.2 = 6 + 300 + 120 + 8000 + 222.2 = 8,648.2 µ$
    await expect(figure(usage, "Cost")).toHaveText("$0.00865");
    await expect(usage.getByText("Test gateway price list")).toBeVisible();

    await page.getByRole("combobox", { name: "Model" }).selectOption("claude-haiku-4-5");
    await runOnce(page, "And again?");
    await expect(figure(usage, "Cost")).toHaveText("unknown");
    await expect(figure(usage, "Output tokens")).toHaveText("30");
    await expect(
      usage.getByText("Cost unknown: no known price for this model. The token counts are exact."),
    ).toBeVisible();
    await expect(figure(usage, "Worst-case cost")).toHaveText("unknown");
    const history = page.getByRole("region", { name: "History" });
    await expect(history.locator("tfoot")).toContainText("≥ $0.00865");
    await expect(history.locator("tfoot")).toContainText("1 with unknown cost");
  });

  test("web searches and fetches the API reports are shown and priced: $10 per 1,000 searches, fetches free", async ({
    page,
  }) => {
    countTokensStatus = 200;
    await page.goto(app.url);
    const usage = page.getByRole("region", { name: "Usage" });
    await runOnce(page, SEARCHED);
    await expect(figure(usage, "Web searches")).toHaveText("3 · $0.0300");
    await expect(figure(usage, "Web fetches")).toHaveText("1 · $0");
    // Opus 4.6: 1234×5 + 30×25 = 6920 µ$ of tokens, plus 3 × $0.01 of searches.
    await expect(figure(usage, "Cost")).toHaveText("$0.0369");
    await expect(usage.getByText("web search $0.0300", { exact: false })).toBeVisible();
    await expect(page.getByRole("region", { name: "History" }).locator("tbody tr").first()).toContainText("$0.0369");
  });

  test("a Haiku 5.5 call over 100,000 prompt tokens is billed at the long-prompt band, and says so", async ({
    page,
  }) => {
    countTokensStatus = 200;
    await page.goto(app.url);
    const usage = page.getByRole("region", { name: "Usage" });
    await page.getByRole("combobox", { name: "Model" }).selectOption("claude-haiku-5-5");
    await runOnce(page, LONG_PROMPT);
    // The band: 150000×0.50 + 30×2.50 = 75000 + 75 µ$ (the lower band would say $0.0150).
    await expect(figure(usage, "Cost")).toHaveText("$0.0751");
    await expect(usage.getByText("Billed at the long-prompt rates: the prompt is over 100,000 tokens")).toBeVisible();
  });

  test("without count_tokens upstream, the input is a local estimate labelled as one", async ({ page }) => {
    countTokensStatus = 404;
    await page.goto(app.url);
    const usage = page.getByRole("region", { name: "Usage" });
    await page.getByRole("textbox", { name: "Message 1" }).fill("x".repeat(400));
    await expect(figure(usage, "Input to send \\(local estimate\\)")).toHaveText(/^≈ 1\d\d$/);
    await expect(usage.getByRole("meter", { name: "Context window use" })).toBeVisible();
    await expect(figure(usage, "Worst-case cost")).toHaveText(/^\$0\.0\d+$/);
  });
});

test("a max_tokens that is not a valid number leaves the worst case blank rather than priced at 0 tokens", async ({
  page,
}) => {
  await page.goto("/");
  const usage = page.getByRole("region", { name: "Usage" });
  await expect(figure(usage, "Worst-case cost")).toHaveText(/^\$/);
  for (const maxTokens of ["lots", 0, 2.5]) {
    await setRequestJson(
      page,
      { model: "claude-opus-4-6", max_tokens: maxTokens, messages: [{ role: "user", content: "Hello" }] },
      { invalid: true },
    );
    await expect(figure(usage, "Worst-case cost")).toHaveText("—");
    await expect(figure(usage, "Max output")).toHaveText("—");
    await expect(usage.getByRole("meter", { name: "Context window use" })).toHaveAttribute(
      "aria-valuetext",
      /no valid max output/,
    );
  }
  await setRequestJson(page, {
    model: "claude-opus-4-6",
    max_tokens: 64,
    messages: [{ role: "user", content: "Hello" }],
  });
  await expect(figure(usage, "Max output")).toHaveText("64");
  await expect(figure(usage, "Worst-case cost")).toHaveText(/^\$0\.\d+$/);
});

test("history survives a reload, opens a past call back into the editor, and exports one CSV row per call", async ({
  page,
}) => {
  await page.goto("/");
  const history = page.getByRole("region", { name: "History" });
  await runOnce(page, "First question for the history");
  await runOnce(page, 'Second question, with a comma, and "quotes"');
  const rows = history.locator("tbody tr");
  await expect(rows).toHaveCount(2);
  const outputs = await rows.locator("td:nth-child(7)").allTextContents();

  await page.reload();
  await expect(rows).toHaveCount(2);
  expect(await rows.locator("td:nth-child(7)").allTextContents()).toEqual(outputs);

  // Sorting by output tokens orders the rows by that column.
  await history.getByRole("button", { name: "Output", exact: true }).click();
  const sorted = (await rows.locator("td:nth-child(7)").allTextContents()).map((t) => Number(t.replace(/,/g, "")));
  expect(sorted).toEqual([...sorted].sort((a, b) => b - a));

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    history.getByRole("button", { name: "Export CSV" }).click(),
  ]);
  const csv = readFileSync((await download.path())!, "utf8");
  const lines = csv.split("\r\n").filter(Boolean);
  expect(lines[0]).toMatch(/^started_at,model,status,/);
  expect(lines).toHaveLength(1 + 2);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);

  const [jsonDownload] = await Promise.all([
    page.waitForEvent("download"),
    history.getByRole("button", { name: "Export JSON" }).click(),
  ]);
  const exported = JSON.parse(readFileSync((await jsonDownload.path())!, "utf8"));
  expect(exported.calls).toHaveLength(2);
  expect(
    exported.calls
      .map((c: { details: { request: { messages: { content: string }[] } } }) => c.details.request.messages[0].content)
      .sort(),
  ).toEqual(["First question for the history", 'Second question, with a comma, and "quotes"']);

  // Open the oldest call and load its request back into the editor.
  const timeHeader = history.getByRole("button", { name: "Time", exact: true });
  await timeHeader.click(); // newest first
  await timeHeader.click(); // oldest first
  await expect(history.getByRole("columnheader", { name: "Time", exact: true })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  await rows
    .first()
    .getByRole("button", { name: /^Open call/ })
    .click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByText("First question for the history").first()).toBeVisible();
  await expect(dialog.getByText(/Events \(\d+\)/)).toBeVisible();
  // The recorded events read as the transcript's inspector reads them: a line per event, filterable, downloadable.
  await dialog.getByText(/Events \(\d+\)/).click();
  const events = dialog.getByRole("region", { name: "Events of this call" });
  await events.getByRole("combobox", { name: "Event type" }).selectOption("content_block_delta");
  await expect(events.getByTestId("event-summary").first()).toHaveText(/^#0 text_delta ".+"$/);
  await expect(events.getByRole("button", { name: "Download events" })).toBeVisible();
  await dialog.getByRole("button", { name: "Load into editor" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("textbox", { name: "Message 1" })).toHaveValue("First question for the history");

  await history.getByRole("button", { name: "Clear history" }).click();
  await history.getByRole("button", { name: "Confirm clear" }).click();
  await expect(rows).toHaveCount(0);
  await page.reload();
  await expect(history.getByText("No calls yet.", { exact: false })).toBeVisible();
});
