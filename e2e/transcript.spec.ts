import { test, expect } from "./fixtures";
import { fixtureSse, HOSTILE, SLOW_TEXT, sdkMessage, send, startStack, type Stack } from "./transcript-helpers";
import { sseEvents } from "@/lib/testing/fixture-streams";

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => {
  await stack?.app.stop();
  await stack?.upstream.close();
});

const transcript = (page: import("@playwright/test").Page) => page.getByRole("region", { name: "Transcript" });

for (const fixture of [
  "01_text_stream_basic.sse",
  "02_tool_use_stream.sse",
  "05_thinking_stream.sse",
  "06_redacted_thinking_stream.sse",
  "13_text_stream_payloads.jsonl",
]) {
  test(`recorded stream ${fixture} renders what the SDK accumulates`, async ({ page }) => {
    const expected = await sdkMessage(stack.upstream.url, `fixture:${fixture}`);
    await page.goto(stack.app.url);
    await send(page, `fixture:${fixture}`);
    const region = transcript(page);
    await expect(region.getByTestId("stop-reason")).toHaveText(expected.stop_reason!);
    await expect(region.getByRole("article")).toHaveCount(expected.content.length);
    for (const [index, block] of expected.content.entries()) {
      const article = region.getByRole("article", { name: `Block ${index + 1}`, exact: true });
      if (block.type === "text") {
        await article.getByRole("button", { name: `Raw view of block ${index + 1}` }).click();
        expect(await article.locator("pre").textContent()).toBe(block.text);
      } else if (block.type === "thinking") {
        expect(await article.getByTestId("thinking-text").textContent()).toBe(block.thinking);
        await expect(article.getByTestId("thinking-signature")).toContainText(
          `signature of ${block.signature.length.toLocaleString("en-US")} characters`,
        );
        // Open at first; its summary says what a click does.
        const length = block.thinking.length.toLocaleString("en-US");
        await article.getByText(`Hide · ${length} characters`).click();
        await expect(article.getByTestId("thinking-text")).toBeHidden();
        await article.getByText(`Show · ${length} characters`).click();
        await expect(article.getByTestId("thinking-text")).toBeVisible();
      } else if (block.type === "tool_use") {
        expect(await article.getByTestId("tool-input").textContent()).toBe(JSON.stringify(block.input, null, 2));
        await expect(article.getByTestId("tool-use-id")).toHaveText(block.id);
      } else if (block.type === "redacted_thinking") {
        await expect(article).toContainText(`${block.data.length.toLocaleString("en-US")} characters`);
      }
    }
    // Live figures settle on the server's own count; time to first token is measured.
    const figure = (name: string) => region.locator(`[aria-label="Live figures"] dt:text-is("${name}") + dd`);
    await expect(figure("Output tokens")).toHaveText(expected.usage.output_tokens.toLocaleString("en-US"));
    await expect(figure("Time to first token")).toHaveText(/^[\d,]+ ms$/);
  });
}

test("a cited reply reads as one text: each claim marked with its citations' numbers, the citations listed once under it", async ({
  page,
}) => {
  const expected = await sdkMessage(stack.upstream.url, "citations");
  await page.goto(stack.app.url);
  await send(page, "citations");
  const region = transcript(page);
  await expect(region.getByTestId("stop-reason")).toHaveText("end_turn");
  // The reply's five text blocks, two of them cited claims, are one frame.
  await expect(region.getByRole("article")).toHaveCount(1);
  const answer = region.getByRole("article", { name: `Blocks 1–${expected.content.length}`, exact: true });
  const sent = expected.content.map((block) => (block.type === "text" ? block.text : "")).join("");
  const shown = answer.getByTestId("text-block");
  await expect(shown).toHaveText("According to the document, the grass is green[1] and the sky is blue[2][3].");
  expect((await shown.textContent())!.replace(/\[\d+\]/g, "")).toBe(sent);
  const citations = expected.content.flatMap((block) => (block.type === "text" ? (block.citations ?? []) : []));
  await expect(answer.getByTestId("citation")).toHaveCount(citations.length);
  await expect(answer.getByRole("list", { name: "Citations" }).getByTestId("citation")).toHaveText([
    "[1]The grass is green. — Colours of things, characters 0–19",
    "[2]The sky is blue. — Colours of things, characters 20–35",
    "[3]Blue skies scatter short wavelengths. — Optics notes, page 3",
  ]);
  // A mark leads to its entry: the pointer over it shows the entry, a click brings the entry into view and marks it.
  const list = answer.getByRole("list", { name: "Citations" });
  const third = shown.locator(".md-cite", { hasText: "[3]" });
  await third.hover();
  await expect(third).toHaveAttribute("title", "[3]Blue skies scatter short wavelengths. — Optics notes, page 3");
  await third.click();
  const entry = list.getByTestId("citation").nth(2);
  await expect(entry).toHaveClass(/\bcite-flash\b/);
  await expect(entry).toBeInViewport();
  await expect(list.getByTestId("citation").nth(1)).not.toHaveClass(/\bcite-flash\b/);
  // The keyboard reaches a mark too.
  await shown.getByRole("button", { name: "Citation 1" }).focus();
  await page.keyboard.press("Enter");
  await expect(list.getByTestId("citation").nth(0)).toHaveClass(/\bcite-flash\b/);
  // Raw shows the text as the API sent it, without the marks.
  await answer.getByRole("button", { name: "Raw view of blocks 1–5" }).click();
  await expect(shown).toHaveText(sent);
  // Copied, the answer reads as shown: its blocks joined as sent, not one paragraph per fragment.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: stack.app.url });
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await answer.getByRole("button", { name: "Copy blocks 1–5" }).click();
  await expect.poll(clipboard).toBe(sent);
  await page.evaluate(() => navigator.clipboard.writeText(""));
  await region.getByRole("button", { name: "Copy reply" }).click();
  await expect(region.getByRole("button", { name: "Copy reply" })).toHaveText("Copied");
  await expect.poll(clipboard).toBe(sent);
  // The citations are part of the reply that goes back into the conversation.
  await region.getByRole("button", { name: "Add reply to messages" }).click();
  await expect(page.getByRole("region", { name: "Request JSON" }).locator(".view-lines")).toContainText('"citations"');
  // With the next turn written, the request (cited blocks included) is valid to run.
  await page.getByRole("textbox", { name: "Message 3" }).fill("And the sea?");
  await expect(page.getByRole("button", { name: "Run", exact: true })).toBeEnabled();
});

test("where the page cannot start workers, replies still stream and render on the main thread", async ({ page }) => {
  // A policy or an old browser: every Worker constructor throws (the stream and the Markdown worker alike).
  await page.addInitScript(`window.Worker = class { constructor() { throw new Error("workers are blocked here"); } };`);
  const expected = await sdkMessage(stack.upstream.url, "fixture:01_text_stream_basic.sse");
  await page.goto(stack.app.url);
  await send(page, "fixture:01_text_stream_basic.sse");
  const region = transcript(page);
  await expect(region.getByTestId("stop-reason")).toHaveText(expected.stop_reason!);
  const text = expected.content.find((b) => b.type === "text")!;
  await expect(region.getByTestId("text-block")).toHaveText(text.type === "text" ? text.text.trim() : "");
  await region.getByText(/^Event inspector \(\d+ events\)$/).click();
  await expect(region.getByText(/^Event inspector \(\d+ events\)$/)).not.toHaveText("Event inspector (0 events)");
});

test("hostile Markdown never runs script, never loads a remote image, shows the HTML as text", async ({ page }) => {
  await page.goto(stack.app.url);
  await send(page, "hostile");
  const region = transcript(page);
  await expect(region.getByTestId("stop-reason")).toHaveText("end_turn");
  const block = region.getByRole("article", { name: "Block 1", exact: true });
  // Attached rather than visible: segments scrolled out of view skip layout (content-visibility: auto).
  await expect(block.getByRole("heading", { name: "Hostile reply" })).toHaveCount(1);
  await expect(block.getByRole("img", { name: "Image not loaded: tracking pixel" })).toHaveCount(1);
  await expect(block).toContainText("<script>window.__pwned = 'script'</script>");
  await expect(block).toContainText(`Inline <img src="http://evil.example/inline.png"`);
  await expect(block).toContainText("End of the hostile reply.");
  expect(await block.locator("script, img, iframe, style, [onerror], [onclick]").count()).toBe(0);
  // A javascript: link is not made a link at all; it stays as the text the model wrote.
  await expect(block).toContainText("[a javascript link](javascript:window.__pwned='link')");
  expect(await block.locator('[href^="javascript" i], [href^="vbscript" i]').count()).toBe(0);
  // The code block is highlighted, as text.
  await expect(block.locator("pre code.language-html")).toContainText(
    '<script src="http://evil.example/x.js"></script>',
  );
  await expect(block.locator("pre code.language-html .hljs-tag").first()).toBeAttached();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  await block.getByRole("button", { name: "Raw view of block 1" }).click();
  expect(await block.locator("pre").textContent()).toBe(HOSTILE);
  // The offline guard (e2e/fixtures.ts) fails this test if anything was fetched from evil.example.
});

test("Stop aborts at once and keeps what arrived, marked as stopped; Retry runs it again", async ({ page }) => {
  await page.goto(stack.app.url);
  await send(page, "slow");
  const region = transcript(page);
  const block = region.getByTestId("text-block");
  await expect(block).toContainText("Word5");
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(region.getByTestId("stopped")).toBeVisible();
  const kept = await block.textContent();
  expect(kept!.length).toBeGreaterThan(10);
  expect(SLOW_TEXT.startsWith(kept!)).toBe(true);
  await page.waitForTimeout(500);
  expect(await block.textContent()).toBe(kept);
  await expect(page.getByRole("button", { name: "Run" })).toBeEnabled();

  await region.getByRole("button", { name: "Retry" }).click();
  await expect(region.getByTestId("stop-reason")).toHaveText("end_turn", { timeout: 30_000 });
  expect(await region.getByTestId("text-block").textContent()).toBe(SLOW_TEXT);
});

test("on a phone, Stop stays in reach while the reply streams, floating at the window's corner", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(stack.app.url);
  await send(page, "slow");
  const region = transcript(page);
  await expect(region.getByTestId("text-block")).toContainText("Word5");
  // The page has scrolled to the transcript, past the header where Stop sits on a wide window.
  await expect(page.getByRole("heading", { name: "Messages Playground" })).not.toBeInViewport();
  const stop = page.getByRole("button", { name: "Stop" });
  await expect(stop).toBeInViewport({ ratio: 1 });
  const box = (await stop.boundingBox())!;
  expect(box.y + box.height).toBeGreaterThan(844 - 40);
  await stop.click();
  await expect(region.getByTestId("stopped")).toBeVisible();
  // Run is back in the header, not floating.
  await expect(page.getByRole("button", { name: "Run" })).not.toBeInViewport();
});

test("Esc inside the JSON editor is the editor's: it does not stop the reply; outside it, Esc stops", async ({
  page,
}) => {
  await page.goto(stack.app.url);
  await send(page, "slow");
  const region = transcript(page);
  await expect(region.getByTestId("text-block")).toContainText("Word5");
  await page.getByRole("region", { name: "Request JSON" }).locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("Escape");
  await page.waitForTimeout(300);
  await expect(page.getByRole("button", { name: "Stop" })).toBeVisible();
  await expect(region.getByTestId("stopped")).toHaveCount(0);
  // Escape then Tab has left the editor: Esc now stops.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Escape");
  await expect(region.getByTestId("stopped")).toBeVisible();
});

test("the transcript follows a long reply to its end, and stays where the reader scrolls up to", async ({ page }) => {
  await page.goto(stack.app.url);
  await send(page, "long");
  const scroller = page.getByTestId("transcript-scroller");
  const position = () =>
    scroller.evaluate((box) => ({
      top: box.scrollTop,
      overflow: box.scrollHeight - box.clientHeight,
      streaming: !document.querySelector('[data-testid="stop-reason"]'),
    }));
  // How far the view is from the end each time the reply has grown and been laid out: a ResizeObserver made after the
  // page's own runs after it in the same frame. (Read from a task instead, the distance includes whatever was added
  // since the last frame, which the page follows at the next.)
  await scroller.evaluate((box) => {
    const gaps: number[] = [];
    (window as unknown as { gaps: number[] }).gaps = gaps;
    new ResizeObserver(() => gaps.push(box.scrollHeight - box.clientHeight - box.scrollTop)).observe(
      box.firstElementChild!,
    );
  });
  // While it streams and overflows the box, the end of the reply is in view.
  await expect.poll(async () => (await position()).overflow, { timeout: 15_000 }).toBeGreaterThan(200);
  const during = await position();
  expect(during.streaming).toBe(true);
  const gaps = await page.evaluate(() => (window as unknown as { gaps: number[] }).gaps);
  expect(gaps.length).toBeGreaterThan(2);
  expect(Math.max(...gaps)).toBeLessThan(2);
  // The reader scrolls up, with the wheel: the reply goes on growing below without moving them.
  await scroller.hover();
  await page.mouse.wheel(0, -100_000);
  // Where the wheel took them, once the box has settled (a wheel scroll is animated): near the top. Two equal reads
  // alone do not say it settled: on a loaded machine the page can go 150 ms without a frame mid-animation, and its
  // position then reads the same twice, mid-way (as it once did on CI). So it polls until the box is
  // both still and near the top; a wheel undone by the follower would leave it still at the end, and fail.
  let left = -1;
  await expect
    .poll(
      async () => {
        const before = left;
        left = (await position()).top;
        return left === before ? left : Number.POSITIVE_INFINITY;
      },
      { intervals: [150], timeout: 10_000 },
    )
    .toBeLessThan(100);
  await expect(transcript(page).getByTestId("stop-reason")).toHaveText("end_turn", { timeout: 30_000 });
  const after = await position();
  expect(after.overflow).toBeGreaterThan(during.overflow);
  expect(after.top).toBe(left);
  // Back at the end, it follows again (a new run grows from there).
  await scroller.evaluate((box) => box.scrollTo({ top: box.scrollHeight }));
  await transcript(page).getByRole("button", { name: "Retry" }).click();
  await expect(transcript(page).getByTestId("stop-reason")).toHaveText("end_turn", { timeout: 30_000 });
  // The last Markdown may still go in after the stop reason shows: the view follows it there.
  await expect
    .poll(async () => {
      const again = await position();
      return again.overflow - again.top;
    })
    .toBeLessThan(40);
});

test("a wheel turned up stays the reader's even when a scroll event from before it finds the view at the end", async ({
  page,
}) => {
  await page.goto(stack.app.url);
  await send(page, "fast-long");
  await expect(transcript(page).getByTestId("stop-reason")).toHaveText("end_turn");
  const scroller = page.getByTestId("transcript-scroller");
  await expect
    .poll(() => scroller.evaluate((box) => box.scrollHeight - box.clientHeight - box.scrollTop))
    .toBeLessThan(40);
  // On a busy page the order of events can be: the wheel turned up, then a scroll event queued before it (or the first
  // of the wheel's animation) that still finds the box at its end, then the reply grows before the wheel's scroll has
  // moved the box. The growth must not take the box back to the end: that cancelled the wheel's scroll.
  const followed = await scroller.evaluate(async (box) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    box.scrollTop = box.scrollHeight;
    await frame();
    box.dispatchEvent(new WheelEvent("wheel", { deltaY: -120, bubbles: true }));
    box.dispatchEvent(new Event("scroll"));
    const top = box.scrollTop;
    const more = document.createElement("div");
    more.style.height = "600px";
    box.firstElementChild!.appendChild(more);
    await frame();
    await frame();
    const moved = box.scrollTop - top;
    more.remove();
    return moved;
  });
  expect(followed).toBe(0);
});

test("a long reply that arrives all at once is followed to its end as well", async ({ page }) => {
  await page.goto(stack.app.url);
  await send(page, "fast-long");
  const region = transcript(page);
  await expect(region.getByTestId("stop-reason")).toHaveText("end_turn");
  await expect(region.getByTestId("text-block").locator("[data-markdown-pending]")).toHaveCount(0);
  await expect(region.getByTestId("text-block").locator("blockquote").last()).toContainText("number 1999");
  // Groups laid out at their real heights after an estimate move the end: the view must stay with it.
  const scroller = page.getByTestId("transcript-scroller");
  await expect
    .poll(() => scroller.evaluate((box) => box.scrollHeight - box.clientHeight - box.scrollTop))
    .toBeLessThan(40);
  await expect(region.getByTestId("text-block").locator("blockquote").last()).toBeInViewport();
});

test("a reply's Markdown is converted as it streams: the stream worker hands finished segments to the Markdown worker", async ({
  page,
}) => {
  // Counts the segments the page itself asks the Markdown worker for (requests carry an id; the stream worker's do not
  // pass through the page). The page is never idle here, as when Run comes in the first seconds after load: the call
  // must link the workers itself.
  await page.addInitScript(`(() => {
    window.requestIdleCallback = () => 0;
    const Real = window.Worker;
    window.__pageAsked = 0;
    window.Worker = class extends Real {
      constructor(url, options) {
        super(url, options);
        if (options && options.name === "markdown") {
          const post = this.postMessage.bind(this);
          this.postMessage = (data, transfer) => {
            if (data && typeof data.id === "number" && data.sources) window.__pageAsked += data.sources.length;
            return post(data, transfer);
          };
        }
      }
    };
  })()`);
  await page.goto(stack.app.url);
  await send(page, "long");
  const region = transcript(page);
  await expect(region.getByTestId("stop-reason")).toHaveText("end_turn", { timeout: 30_000 });
  const block = region.getByTestId("text-block");
  await expect(block.locator("[data-markdown-pending]")).toHaveCount(0);
  await expect(block.locator("p")).toHaveCount(80);
  await expect(block.locator("p").last()).toHaveText(
    "Paragraph 79: the reply keeps growing below what fits in the box.",
  );
  // Without the hand-over the page would ask for all 80 segments; with it, at most those it saw before their HTML came.
  expect(await page.evaluate(() => (window as unknown as { __pageAsked: number }).__pageAsked)).toBeLessThan(40);
});

for (const workers of [true, false]) {
  test(`code far from the end of a long reply is highlighted when it comes into view${workers ? "" : " (without workers: on the main thread)"}`, async ({
    page,
  }) => {
    if (!workers)
      await page.addInitScript(
        `window.Worker = class { constructor() { throw new Error("workers are blocked here"); } };`,
      );
    await page.goto(stack.app.url);
    await send(page, "code-far-from-end");
    const region = transcript(page);
    await expect(region.getByTestId("stop-reason")).toHaveText("end_turn");
    const block = region.getByTestId("text-block");
    const [first, last] = [block.locator("pre code").first(), block.locator("pre code").last()];
    await expect(block.locator("pre code")).toHaveCount(2);
    await expect(block.locator("[data-markdown-pending], [data-highlighting]")).toHaveCount(0);
    // The end, on screen as the reply completes, came highlighted.
    await expect(last.locator(".hljs-keyword")).toHaveText("const");
    await expect(last).not.toHaveAttribute("data-highlight");
    // The first, far above the end and never on screen while the reply went in: plain, marked with the language to
    // highlight it as.
    await expect(first).toHaveAttribute("data-highlight", "ts");
    await expect(first).toHaveText("const first: number = 1;");
    await expect(first.locator("span")).toHaveCount(0);
    // Scrolled to: highlighted, the same text.
    await first.scrollIntoViewIfNeeded();
    await expect(first.locator(".hljs-keyword")).toHaveText("const");
    await expect(first).not.toHaveAttribute("data-highlight");
    await expect(first).toHaveText("const first: number = 1;");
    await expect(block.locator("[data-highlighting]")).toHaveCount(0);
  });
}

test("an error event mid-stream shows the error under the partial reply, which stays", async ({ page }) => {
  await page.goto(stack.app.url);
  await send(page, "midstream-error");
  const region = transcript(page);
  await expect(region.getByRole("alert")).toContainText("api_error");
  await expect(region.getByRole("alert")).toContainText("Internal server error");
  await region.getByRole("button", { name: "Raw view of block 1" }).click();
  expect(await region.getByRole("article", { name: "Block 1" }).locator("pre").textContent()).toBe(
    "The partial reply, ending d with a replacement character (",
  );
});

test("a tool round trip: the result form is prefilled with the tool_use_id; Run continues with the signed thinking intact", async ({
  page,
}) => {
  const expected = await sdkMessage(stack.upstream.url, "thinking-tool");
  const thinking = expected.content[0] as Extract<(typeof expected.content)[number], { type: "thinking" }>;
  const toolUse = expected.content[1] as Extract<(typeof expected.content)[number], { type: "tool_use" }>;
  await page.goto(stack.app.url);
  await send(page, "thinking-tool");
  const form = page.getByRole("form", { name: "Tool results" });
  await expect(form.getByRole("textbox", { name: "tool_use_id of get_weather" })).toHaveValue(toolUse.id);
  const result = form.getByRole("textbox", { name: `Result for ${toolUse.id}` });
  await result.fill("{not json");
  await form.getByRole("button", { name: "Send tool results" }).click();
  await expect(form.getByRole("alert")).toContainText("Not valid JSON");
  await result.fill('{"temperature_c": 21}');
  const before = stack.upstream.requests.length;
  await form.getByRole("button", { name: "Send tool results" }).click();

  await expect(transcript(page).getByTestId("stop-reason")).toHaveText("end_turn");
  const sent = JSON.parse(stack.upstream.requests[before].body) as { messages: { role: string; content: unknown }[] };
  expect(sent.messages).toEqual([
    { role: "user", content: "thinking-tool" },
    {
      role: "assistant",
      content: [
        { type: "thinking", thinking: thinking.thinking, signature: thinking.signature },
        { type: "tool_use", id: toolUse.id, name: "get_weather", input: { location: "Paris" } },
      ],
    },
    { role: "user", content: [{ type: "tool_result", tool_use_id: toolUse.id, content: '{"temperature_c": 21}' }] },
  ]);
  // The conversation now sent holds three turns; the last one can be edited and re-run.
  await expect(transcript(page).getByText("Conversation sent (3 messages)")).toBeVisible();
});

test("the event inspector lists the events with arrival times, filters by type, and downloads them", async ({
  page,
}) => {
  await page.goto(stack.app.url);
  await send(page, "fixture:02_tool_use_stream.sse");
  const region = transcript(page);
  await expect(region.getByTestId("stop-reason")).toHaveText("tool_use");
  await region.getByText(/^Event inspector \(\d+ events\)$/).click();
  const inspector = region.getByRole("region", { name: "Event inspector" });
  const recorded = sseEvents(fixtureSse("02_tool_use_stream.sse"));
  const deltas = recorded.filter((e) => e.name === "content_block_delta");
  await expect(inspector.getByTestId("event-row")).toHaveCount(recorded.length);
  await inspector.getByRole("combobox", { name: "Event type" }).selectOption("content_block_delta");
  await expect(inspector.getByTestId("event-row")).toHaveCount(deltas.length);
  // Each row says what its delta carries: the text, or the tool input's piece, as JSON writes a string.
  const summaries = await inspector.getByTestId("event-summary").allTextContents();
  expect(summaries).toEqual(
    deltas.map(({ data }) => {
      const delta = data.delta as { type: string; text?: string; partial_json?: string };
      return `#${data.index} ${delta.type} ${JSON.stringify(delta.text ?? delta.partial_json)}`;
    }),
  );
  const times = await inspector.locator("[data-testid=event-row] td:first-child").allTextContents();
  expect(times.map(Number).every((t, i, all) => t >= 0 && (i === 0 || t >= all[i - 1]))).toBe(true);
  // A row opens to its data whole, indented, and closes again.
  const first = inspector.getByRole("button", { name: "Data of event 1 (content_block_delta)" });
  await first.click();
  await expect(first).toHaveAttribute("aria-expanded", "true");
  expect(JSON.parse((await inspector.getByTestId("event-data").textContent())!)).toEqual(deltas[0].data);
  await expect(inspector.getByTestId("event-data")).toContainText('"type": "content_block_delta"');
  await first.click();
  await expect(inspector.getByTestId("event-data")).toHaveCount(0);
  const download = page.waitForEvent("download");
  await inspector.getByRole("button", { name: "Download events" }).click();
  const file = await (await download).path();
  const lines = (await import("node:fs"))
    .readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  expect(lines.map((l) => l.data)).toEqual(deltas.map((e) => e.data));
});

test("add the reply to the messages, and edit a turn to re-run from there", async ({ page }) => {
  await page.goto(stack.app.url);
  await send(page, "fixture:01_text_stream_basic.sse");
  const region = transcript(page);
  await expect(region.getByTestId("stop-reason")).toHaveText("end_turn");
  await region.getByRole("button", { name: "Add reply to messages" }).click();
  const editor = page.getByRole("region", { name: "Request JSON" });
  await expect(editor.locator(".view-lines")).toContainText('"role": "assistant"');
  await region.getByText("Conversation sent (1 message)").click();
  await region.getByRole("button", { name: "Edit message 1 and resend from there" }).click();
  await expect(editor.locator(".view-lines")).not.toContainText('"role": "assistant"');
  await expect(page.getByRole("textbox", { name: "Message 1" })).toHaveValue("fixture:01_text_stream_basic.sse");
});
