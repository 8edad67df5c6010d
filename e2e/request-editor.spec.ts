import { test, expect } from "./fixtures";
import { editorJson, editorText, openPlayground, PNG_2X2, typeIntoEditor } from "./request-editor-helpers";

test.beforeEach(async ({ page }) => openPlayground(page));

test("each parameter set in the panel appears in the JSON; unset ones are left out", async ({ page }) => {
  // Read once the editor's lines parse: Monaco draws them in frames after it appears.
  await expect.poll(() => editorJson(page)).not.toBeNull();
  const before = await editorJson(page);
  for (const key of [
    "temperature",
    "top_p",
    "top_k",
    "system",
    "thinking",
    "tools",
    "tool_choice",
    "stop_sequences",
    "metadata",
  ]) {
    expect(before, `${key} is not sent by default`).not.toHaveProperty(key);
  }
  await page.getByRole("combobox", { name: "Model" }).selectOption("claude-haiku-4-5");
  await page.getByRole("spinbutton", { name: "Max tokens" }).fill("4000");
  await page.getByRole("spinbutton", { name: "Temperature" }).fill("0.5");
  await page.getByRole("spinbutton", { name: "Top P" }).fill("0.9");
  await page.getByRole("spinbutton", { name: "Top K" }).fill("20");
  await page.getByRole("combobox", { name: "Thinking" }).selectOption("enabled");
  await page.getByRole("spinbutton", { name: "Thinking budget" }).fill("2048");
  await page.getByRole("textbox", { name: "System prompt" }).fill("Be brief.");
  await page.getByRole("checkbox", { name: "Cache breakpoint" }).first().check();
  await page.getByRole("textbox", { name: "Message 1" }).fill("Hello");
  await page.getByRole("button", { name: "Add message" }).click();
  await page.getByRole("textbox", { name: "Message 2" }).fill("Sure,");
  await page.getByRole("combobox", { name: "Add an example tool" }).selectOption("calculator");
  await page.getByRole("combobox", { name: "Tool choice" }).selectOption("auto");
  await page.getByRole("checkbox", { name: "Disable parallel tool use" }).check();
  await page.getByRole("textbox", { name: "Stop sequences" }).fill("END\nSTOP");
  await page.getByRole("textbox", { name: "User ID (metadata.user_id)" }).fill("user-42");
  await page.getByRole("checkbox", { name: "Stream" }).uncheck();

  await expect
    .poll(() => editorJson(page))
    .toEqual({
      model: "claude-haiku-4-5",
      max_tokens: 4000,
      temperature: 0.5,
      top_p: 0.9,
      top_k: 20,
      thinking: { type: "enabled", budget_tokens: 2048 },
      system: [{ type: "text", text: "Be brief.", cache_control: { type: "ephemeral" } }],
      messages: [
        { role: "user", content: "Hello" },
        { role: "assistant", content: "Sure," },
      ],
      tools: [
        expect.objectContaining({ name: "calculator", input_schema: expect.objectContaining({ type: "object" }) }),
      ],
      tool_choice: { type: "auto", disable_parallel_tool_use: true },
      stop_sequences: ["END", "STOP"],
      metadata: { user_id: "user-42" },
    });
  await expect(page.getByText("(prefill)")).toBeVisible();

  // Clearing a parameter removes it again.
  await page.getByRole("spinbutton", { name: "Top K" }).fill("");
  await page.getByRole("combobox", { name: "Thinking" }).selectOption("off");
  // Read until the editor's lines parse: Monaco redraws them in frames, and a read between two redraws can mix them.
  await expect
    .poll(async () => {
      const json = await editorJson(page);
      return json ? ["top_k", "thinking"].filter((key) => key in json) : "not parsed yet";
    })
    .toEqual([]);
});

test("each parameter set in the JSON appears in the panel", async ({ page }) => {
  await typeIntoEditor(
    page,
    JSON.stringify({
      model: "claude-sonnet-4-6",
      max_tokens: 3000,
      temperature: 0.7,
      top_p: 0.95,
      top_k: 40,
      thinking: { type: "adaptive" },
      output_config: { effort: "low" },
      system: "You are terse.",
      messages: [
        { role: "user", content: "First" },
        { role: "assistant", content: "Second" },
        { role: "user", content: "Third" },
      ],
      tools: [{ name: "lookup", description: "Looks up", input_schema: { type: "object", properties: {} } }],
      tool_choice: { type: "tool", name: "lookup" },
      stop_sequences: ["###"],
      metadata: { user_id: "abc" },
    }),
  );
  await expect(page.getByRole("combobox", { name: "Model" })).toHaveValue("claude-sonnet-4-6");
  await expect(page.getByRole("spinbutton", { name: "Max tokens" })).toHaveValue("3000");
  await expect(page.getByRole("spinbutton", { name: "Temperature" })).toHaveValue("0.7");
  await expect(page.getByRole("spinbutton", { name: "Top P" })).toHaveValue("0.95");
  await expect(page.getByRole("spinbutton", { name: "Top K" })).toHaveValue("40");
  await expect(page.getByRole("combobox", { name: "Thinking" })).toHaveValue("adaptive");
  await expect(page.getByRole("combobox", { name: "Effort" })).toHaveValue("low");
  await expect(page.getByRole("textbox", { name: "System prompt" })).toHaveValue("You are terse.");
  await expect(page.getByRole("textbox", { name: "Message 3" })).toHaveValue("Third");
  const tools = page.getByRole("region", { name: "Tools" });
  await expect(tools.getByRole("textbox", { name: "Tool 1 name" })).toHaveValue("lookup");
  await expect(page.getByRole("combobox", { name: "Tool choice" })).toHaveValue("tool:lookup");
  await expect(page.getByRole("textbox", { name: "Stop sequences" })).toHaveValue("###");
  await expect(page.getByRole("textbox", { name: "User ID (metadata.user_id)" })).toHaveValue("abc");
  await expect(page.getByRole("checkbox", { name: "Stream" })).not.toBeChecked();
});

test("on a model that always thinks, thinking left out reads as always on, and each sampling field gets one message", async ({
  page,
}) => {
  await typeIntoEditor(
    page,
    JSON.stringify({
      model: "claude-fable-5-1",
      max_tokens: 1000,
      top_p: 0.5,
      messages: [{ role: "user", content: "Hi" }],
    }),
  );
  const thinking = page.getByRole("combobox", { name: "Thinking" });
  await expect(thinking).toHaveValue("off");
  await expect(thinking.locator("option:checked")).toHaveText("Always on");
  await expect(page.getByTestId("thinking-always-on")).toContainText("Claude Fable 5.1 always thinks");
  const issues = page.locator('[data-issue-path="top_p"] p');
  await expect(issues).toHaveCount(1);
  await expect(issues).toContainText("must be at least 0.99");

  // Run without the refused values: the reply's thinking block has no text (this model omits it), and says so.
  await typeIntoEditor(
    page,
    JSON.stringify({ model: "claude-fable-5-1", max_tokens: 1000, messages: [{ role: "user", content: "Hi" }] }),
  );
  await page.getByRole("button", { name: "Run" }).click();
  const block = page.getByRole("region", { name: "Transcript" }).getByRole("article", { name: "Block 1", exact: true });
  await expect(block.getByTestId("thinking-omitted")).toContainText("the API sent no thinking text");
  await expect(block.getByTestId("thinking-signature")).toContainText("Signed");
  await expect(block.getByRole("button", { name: "Copy block 1" })).toHaveCount(0);
  // Elsewhere the option still says that leaving thinking out turns it off.
  await page.getByRole("combobox", { name: "Model" }).selectOption("claude-opus-4-6");
  await expect(thinking.locator("option:checked")).toHaveText("Off (not sent)");
  await expect(page.getByTestId("thinking-always-on")).toHaveCount(0);
  // Thinking's own limit on a model that allows sampling; the docs address the message ends on is a link, not a
  // column of text under a narrow field.
  await typeIntoEditor(
    page,
    JSON.stringify({
      model: "claude-opus-4-6",
      max_tokens: 1000,
      thinking: { type: "adaptive" },
      top_p: 0.5,
      messages: [{ role: "user", content: "Hi" }],
    }),
  );
  const topP = page.locator('[data-issue-path="top_p"] p');
  await expect(topP).toHaveCount(1);
  await expect(topP).toContainText("when thinking is enabled.");
  await expect(topP).not.toContainText("https://");
  await expect(topP.getByRole("link", { name: "Docs" })).toHaveAttribute(
    "href",
    /extended-thinking#feature-compatibility$/,
  );
});

test("a number field given text by the JSON shows empty, with validation's message under it", async ({ page }) => {
  const warnings: string[] = [];
  page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
  await typeIntoEditor(
    page,
    JSON.stringify({ model: "claude-opus-4-6", max_tokens: "lots", messages: [{ role: "user", content: "Hi" }] }),
  );
  await expect(page.locator('[data-issue-path="max_tokens"]')).toBeVisible();
  await expect(page.getByRole("spinbutton", { name: "Max tokens" })).toHaveValue("");
  expect(warnings.filter((text) => text.includes("cannot be parsed"))).toEqual([]);
});

test("Tab indents in the JSON editor, and Escape then Tab leaves it", async ({ page }) => {
  const editor = page.getByRole("region", { name: "Request JSON" });
  await editor.locator(".monaco-editor .view-lines").click();
  const inEditor = () =>
    page.evaluate(() => Boolean(document.activeElement?.closest('[aria-label="Request JSON"] .monaco-editor')));
  expect(await inEditor()).toBe(true);
  await expect(editor.getByText("Escape, then Tab, leaves the editor")).toHaveCSS("opacity", "1");
  const before = await editorText(page);
  await page.keyboard.press("Tab");
  await expect.poll(() => editorText(page)).not.toBe(before);
  expect(await inEditor()).toBe(true);
  await page.keyboard.press("ControlOrMeta+Z");
  await expect.poll(() => editorText(page)).toBe(before);

  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  expect(await inEditor()).toBe(false);
  expect(await editorText(page)).toBe(before);
  // Back in, Tab indents again.
  await editor.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("Escape");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Tab");
  await expect.poll(() => editorText(page)).not.toBe(before);
  expect(await inEditor()).toBe(true);
});

test("invalid JSON keeps the text, survives a reload, and the panel says so until it is fixed", async ({ page }) => {
  const broken = '{"model": "claude-opus-4-6", "max_tokens": 99,';
  await typeIntoEditor(page, broken);
  const editor = page.getByRole("region", { name: "Request JSON" });
  await expect(editor.getByRole("status")).toContainText("Invalid JSON");
  await expect(page.getByRole("region", { name: "Parameters" }).getByRole("status")).toContainText(
    "The request JSON is invalid",
  );
  await expect(page.getByRole("button", { name: "Run" })).toBeDisabled();
  await expect(page.getByRole("spinbutton", { name: "Max tokens" })).toBeDisabled();
  const typed = await editorText(page);
  expect(typed.startsWith(broken)).toBe(true);

  await page.reload();
  await expect(editor.locator(".monaco-editor")).toBeVisible();
  await expect.poll(() => editorText(page)).toBe(typed);
  await expect(editor.getByRole("status")).toContainText("Invalid JSON");
  // The reason beside Run takes the reader to the JSON to fix.
  await page.getByRole("button", { name: "Go to the issue" }).click();
  await expect(editor.locator(".monaco-editor")).toHaveClass(/\bfocused\b/);

  await typeIntoEditor(
    page,
    '{"model": "claude-opus-4-6", "max_tokens": 99, "messages": [{"role": "user", "content": "ok"}]}',
  );
  await expect(editor.getByRole("status")).toHaveCount(0);
  await expect(page.getByRole("spinbutton", { name: "Max tokens" })).toHaveValue("99");
  await expect(page.getByRole("button", { name: "Run" })).toBeEnabled();
});

test("an issue with a field the panel does not show takes the reader to the JSON", async ({ page }) => {
  await typeIntoEditor(
    page,
    '{"model": "claude-opus-4-6", "max_tokens": 99, "stream": "yes", "messages": [{"role": "user", "content": "ok"}]}',
  );
  await expect(page.locator("#run-blocked-reason")).toContainText("stream");
  await page.getByRole("button", { name: "Go to the issue" }).click();
  await expect(page.getByRole("region", { name: "Request JSON" }).locator(".monaco-editor")).toHaveClass(/\bfocused\b/);
});

test("an unknown field survives a round trip through the panel and is sent; Ctrl+Enter runs from inside Monaco", async ({
  page,
}) => {
  const future = { nested: [1, 2.5, "three", null], flag: true };
  await typeIntoEditor(
    page,
    JSON.stringify({
      model: "claude-opus-4-6",
      max_tokens: 200,
      messages: [{ role: "user", content: "hi", block_extra: 1 }],
      future_feature: future,
    }),
  );
  await page.getByRole("spinbutton", { name: "Temperature" }).fill("0.2");
  await expect.poll(() => editorJson(page)).toMatchObject({ temperature: 0.2, future_feature: future });

  const sent = page.waitForRequest((r) => r.url().endsWith("/api/v1/messages") && r.method() === "POST");
  await page.getByRole("region", { name: "Request JSON" }).locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+Enter");
  const body = (await sent).postDataJSON();
  expect(body.future_feature).toEqual(future);
  expect(body.messages[0]).toEqual({ role: "user", content: "hi", block_extra: 1 });
  expect(body.temperature).toBe(0.2);
  await expect(page.getByRole("region", { name: "Transcript" }).getByTestId("stop-reason")).toHaveText(
    /end_turn|max_tokens/,
  );
});

test("a thinking budget at or above max tokens is refused on the field, and Run says why", async ({ page }) => {
  await page.getByRole("combobox", { name: "Model" }).selectOption("claude-haiku-4-5");
  await page.getByRole("spinbutton", { name: "Max tokens" }).fill("2000");
  await page.getByRole("combobox", { name: "Thinking" }).selectOption("enabled");
  await page.getByRole("spinbutton", { name: "Thinking budget" }).fill("2000");
  await page.getByRole("textbox", { name: "Message 1" }).fill("Think");
  const issue = page.locator('[data-issue-path="thinking"]');
  await expect(issue).toContainText("budget_tokens");
  const run = page.getByRole("button", { name: "Run" });
  await expect(run).toBeDisabled();
  await expect(page.locator("#run-blocked-reason")).toContainText("budget_tokens");
  await page.getByRole("spinbutton", { name: "Thinking budget" }).fill("1500");
  await expect(issue).toHaveCount(0);
  await expect(run).toBeEnabled();
});

test("a message not written yet is a hint beside Run, not an error; a mistake is an error", async ({ page }) => {
  const run = page.getByRole("button", { name: "Run" });
  const reason = page.locator("#run-blocked-reason");
  await expect(run).toBeDisabled();
  await expect(reason).toHaveText("Write message 1 to run");
  await expect(reason).toHaveAttribute("data-hint", "true");
  await expect(page.locator('[data-issue-path^="messages"]')).toHaveCount(0);

  await page.getByRole("textbox", { name: "Message 1" }).fill("Hello");
  await expect(run).toBeEnabled();
  await page.getByRole("spinbutton", { name: "Max tokens" }).fill("999999");
  await expect(reason).toContainText("max_tokens");
  await expect(reason).not.toHaveAttribute("data-hint");
  await page.getByRole("spinbutton", { name: "Max tokens" }).fill("1024");
  await expect(run).toBeEnabled();

  await page.getByRole("button", { name: "Add message" }).click();
  await page.getByRole("button", { name: "Add message" }).click();
  // Message 2 (the assistant's) may stay empty only as the last message.
  await expect(reason).toHaveText("Write message 2 to run");
  // The hint is a way there: it puts the cursor in the message to write.
  await page.getByRole("button", { name: "Go to the message to write" }).click();
  await expect(page.getByRole("textbox", { name: "Message 2" })).toBeFocused();
});

test("turning on a manual thinking budget from the defaults leaves a request Run accepts", async ({ page }) => {
  await page.getByRole("textbox", { name: "Message 1" }).fill("Think first");
  await page.getByRole("combobox", { name: "Thinking" }).selectOption("enabled");
  await expect(page.getByRole("spinbutton", { name: "Thinking budget" })).toHaveValue("1024");
  await expect(page.getByRole("spinbutton", { name: "Max tokens" })).toHaveValue("2048");
  await expect.poll(async () => (await editorJson(page))?.thinking).toEqual({ type: "enabled", budget_tokens: 1024 });
  await expect(page.getByRole("button", { name: "Run" })).toBeEnabled();
});

test("a prompt typed in the panel reaches the JSON; a key typed in the JSON right after keeps it, and Ctrl+Z there takes it back", async ({
  page,
}) => {
  await page.getByRole("textbox", { name: "Message 1" }).fill("Hi");
  await expect.poll(async () => (await editorJson(page))?.messages).toEqual([{ role: "user", content: "Hi" }]);
  // The JSON shows the panel's typing once it pauses; going into the editor sooner writes it first, so that a key typed
  // there edits the request as it is, not the text from before.
  await page.getByRole("textbox", { name: "System prompt" }).fill("Be brief.");
  // Straight into the editor, quicker than a click's checks: its cursor is at the start, where a space is valid JSON.
  await page.getByRole("textbox", { name: /^Request body \(JSON\)/ }).focus();
  await page.keyboard.insertText(" ");
  await expect.poll(async () => (await editorJson(page))?.system).toBe("Be brief.");
  await expect(page.getByRole("textbox", { name: "System prompt" })).toHaveValue("Be brief.");
  // Undo: the space, then the prompt written from the panel, one step each.
  await page.keyboard.press("ControlOrMeta+Z");
  await page.keyboard.press("ControlOrMeta+Z");
  await expect(page.getByRole("textbox", { name: "System prompt" })).toHaveValue("");
  await expect.poll(async () => (await editorJson(page))?.messages).toEqual([{ role: "user", content: "Hi" }]);
  expect(await editorJson(page)).not.toHaveProperty("system");
});

test("while the panel's typing goes on without a pause, the JSON follows it within a second or so", async ({
  page,
}) => {
  const text = "Answer in one short paragraph, ".repeat(3);
  await page.getByRole("textbox", { name: "System prompt" }).click();
  // Keys 40 ms apart for about four seconds: the JSON shows part of the prompt before they end.
  const typing = page.keyboard.type(text, { delay: 40 });
  await expect
    .poll(async () => (await editorJson(page))?.system ?? "", { timeout: 2500, intervals: [100] })
    .toMatch(/^Answer/);
  await typing;
  await expect.poll(async () => (await editorJson(page))?.system).toBe(text);
});

test("Wrap shows a long prompt in the JSON editor on several lines, and is remembered", async ({ page }) => {
  const lines = page.getByRole("region", { name: "Request JSON" }).locator(".view-line");
  await page.getByRole("textbox", { name: "Message 1" }).fill("A long prompt that goes on and on. ".repeat(12));
  await expect(lines.filter({ hasText: "A long prompt" })).toHaveCount(1);
  const unwrapped = await lines.count();
  const wrap = page.getByRole("button", { name: "Wrap long lines" });
  await expect(wrap).toHaveAttribute("aria-pressed", "false");
  await wrap.click();
  await expect(wrap).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => lines.count()).toBeGreaterThan(unwrapped + 2);

  await page.reload();
  await expect(page.getByRole("button", { name: "Wrap long lines" })).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => lines.count()).toBeGreaterThan(unwrapped + 2);
});

test("switching model clamps max tokens to what the new model allows", async ({ page }) => {
  await page.getByRole("combobox", { name: "Model" }).selectOption("claude-opus-4-6");
  await page.getByRole("spinbutton", { name: "Max tokens" }).fill("100000");
  await page.getByRole("combobox", { name: "Model" }).selectOption("claude-haiku-4-5");
  await expect(page.getByRole("spinbutton", { name: "Max tokens" })).toHaveValue("64000");
  await expect(page.getByTestId("model-limits")).toContainText("64,000 max output");
});

test("an image block round-trips: picked, shown, kept across a reload, and sent", async ({ page }) => {
  await page.getByRole("textbox", { name: "Message 1" }).fill("What is in this image?");
  await page
    .getByLabel("Image file for turn 1")
    .setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hi") });
  await expect(page.getByRole("region", { name: "Parameters" }).getByRole("alert")).toContainText(
    "not a JPEG, PNG, GIF or WebP",
  );
  // Named and typed as a PNG, holding text: refused by its content, and nothing is added.
  await page
    .getByLabel("Image file for turn 1")
    .setInputFiles({ name: "fake.png", mimeType: "image/png", buffer: Buffer.from("hello world!") });
  await expect(page.getByRole("region", { name: "Parameters" }).getByRole("alert")).toContainText(
    "fake.png is not a JPEG, PNG, GIF or WebP image: its content",
  );
  await expect(page.getByRole("img", { name: "Turn 1 block 2", exact: true })).toHaveCount(0);
  // A JPEG named .png goes as the JPEG it is (the API refuses data that does not match its media_type).
  await page.getByLabel("Image file for turn 1").setInputFiles({
    name: "photo.png",
    mimeType: "image/png",
    buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1]),
  });
  await expect
    .poll(
      async () =>
        ((await editorJson(page)) as { messages: { content: { source?: { media_type: string } }[] }[] } | null)
          ?.messages[0].content[1]?.source?.media_type,
    )
    .toBe("image/jpeg");
  await page.getByRole("button", { name: /Remove .*block 2/ }).click();
  await page
    .getByLabel("Image file for turn 1")
    .setInputFiles({ name: "dot.png", mimeType: "image/png", buffer: PNG_2X2 });
  await expect(page.getByRole("img", { name: "Turn 1 block 2", exact: true })).toBeVisible();
  const image = {
    type: "image",
    source: { type: "base64", media_type: "image/png", data: PNG_2X2.toString("base64") },
  };
  await expect
    .poll(async () => ((await editorJson(page)) as { messages: unknown[] } | null)?.messages)
    .toEqual([{ role: "user", content: [{ type: "text", text: "What is in this image?" }, image] }]);

  await page.reload();
  await expect(page.getByRole("img", { name: "Turn 1 block 2", exact: true })).toBeVisible();
  const sent = page.waitForRequest((r) => r.url().endsWith("/api/v1/messages") && r.method() === "POST");
  await page.getByRole("button", { name: "Run" }).click();
  expect((await sent).postDataJSON().messages[0].content[1]).toEqual(image);
});

test("messages reorder, duplicate and delete", async ({ page }) => {
  await page.getByRole("textbox", { name: "Message 1" }).fill("one");
  await page.getByRole("button", { name: "Add message" }).click();
  await page.getByRole("textbox", { name: "Message 2" }).fill("two");
  await page.getByRole("button", { name: "Move turn 2 up" }).click();
  await expect(page.getByRole("textbox", { name: "Message 1" })).toHaveValue("two");
  await expect(page.getByRole("combobox", { name: "Role of turn 1" })).toHaveValue("assistant");
  await page.getByRole("button", { name: "Duplicate turn 2" }).click();
  await expect(page.getByRole("textbox", { name: "Message 3" })).toHaveValue("one");
  await page.getByRole("button", { name: "Delete turn 1" }).click();
  await expect
    .poll(async () => ((await editorJson(page)) as { messages: unknown[] } | null)?.messages)
    .toEqual([
      { role: "user", content: "one" },
      { role: "user", content: "one" },
    ]);
});

test("the JSON editor offers hover docs and diagnostics from the request schema, all served locally", async ({
  page,
}) => {
  await typeIntoEditor(page, '{\n"model": "claude-opus-4-6",\n"max_tokens": "many",\n"messages": []\n}');
  const editor = page.getByRole("region", { name: "Request JSON" });
  // The JSON worker checked the text against the generated schema: a string where an integer belongs.
  await expect(editor.locator(".squiggly-warning, .squiggly-error").first()).toBeVisible();
  await editor.locator(".view-line span", { hasText: '"max_tokens"' }).first().hover();
  await expect(page.locator(".monaco-hover").filter({ hasText: "The most tokens the reply may have" })).toBeVisible();
});

test("a tool with a schema reaches the simulator and comes back as a valid tool_use", async ({ page }) => {
  await page.getByRole("textbox", { name: "Message 1" }).fill("What is the weather in Paris?");
  await page.getByRole("combobox", { name: "Add an example tool" }).selectOption("get_weather");
  await expect(page.getByRole("group", { name: "Tool 1 input schema" }).locator(".monaco-editor")).toBeVisible();
  await page.getByRole("combobox", { name: "Tool choice" }).selectOption("tool:get_weather");
  const responded = page.waitForResponse((r) => r.url().endsWith("/api/v1/messages"));
  await page.getByRole("button", { name: "Run" }).click();
  const response = await responded;
  const sent = response.request().postDataJSON();
  expect(sent.tools[0].input_schema.required).toEqual(["location"]);
  const events = (await response.text())
    .split("\n")
    .filter((line) => line.startsWith("data: "))
    .map((line) => JSON.parse(line.slice(6)));
  const start = events.find((e) => e.type === "content_block_start" && e.content_block.type === "tool_use");
  expect(start?.content_block.name).toBe("get_weather");
  const input = JSON.parse(
    events
      .filter((e) => e.type === "content_block_delta" && e.index === start.index && e.delta.type === "input_json_delta")
      .map((e) => e.delta.partial_json)
      .join(""),
  );
  expect(typeof input.location).toBe("string");
  await expect(page.getByRole("region", { name: "Transcript" }).getByTestId("stop-reason")).toHaveText("tool_use");
});

test("a model the upstream lists but the catalogue lacks is selectable, its limits unknown, and checked by the rules every model shares", async ({
  page,
}) => {
  // The upstream's answer, shaped like /v1/models; the page merges it with the catalogue.
  await page.route("**/api/v1/models", (route) =>
    route.fulfill({
      json: { data: [{ type: "model", id: "claude-future-9", display_name: "Claude Future 9" }], has_more: false },
    }),
  );
  await page.reload();
  const model = page.getByRole("combobox", { name: "Model" });
  await expect(model.locator("option", { hasText: "Claude Future 9" })).toHaveCount(1);
  await model.selectOption("claude-future-9");
  await expect(page.getByTestId("model-limits")).toContainText("unknown");
  await expect.poll(() => editorJson(page)).toMatchObject({ model: "claude-future-9" });
  const run = page.getByRole("button", { name: "Run" });
  const reason = page.locator("#run-blocked-reason");
  await expect(run).toBeDisabled();
  await expect(reason).toHaveText("Write message 1 to run");
  await page.getByRole("textbox", { name: "Message 1" }).fill("Hi");
  await expect(run).toBeEnabled();
  // No output limit is known, so none is applied; a range every model has still is.
  await page.getByRole("spinbutton", { name: "Max tokens" }).fill("500000");
  await expect(run).toBeEnabled();
  await page.getByRole("spinbutton", { name: "Temperature" }).fill("3");
  await expect(run).toBeDisabled();
  await expect(reason).toContainText("temperature");
  await expect(page.locator('[data-issue-path="temperature"]')).toBeVisible();
});

test("images can be pasted into a message or dropped on it", async ({ page }) => {
  const base64 = PNG_2X2.toString("base64");
  const send = (kind: "paste" | "drop") =>
    page.evaluate(
      ([kind, base64]) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const data = new DataTransfer();
        data.items.add(new File([bytes], `${kind}.png`, { type: "image/png" }));
        const label = [...document.querySelectorAll("label")].find((l) => l.textContent?.startsWith("Message 1"))!;
        const textarea = document.getElementById(label.htmlFor)!;
        const target = kind === "paste" ? textarea : textarea.parentElement!;
        const event =
          kind === "paste"
            ? new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true })
            : new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true });
        target.dispatchEvent(event);
      },
      [kind, base64] as const,
    );
  await page.getByRole("textbox", { name: "Message 1" }).fill("Two images");
  await send("paste");
  await expect(page.getByRole("img", { name: "Turn 1 block 2", exact: true })).toBeVisible();
  await send("drop");
  await expect(page.getByRole("img", { name: "Turn 1 block 3", exact: true })).toBeVisible();
  // The JSON shows the panel's change once the page is quiet (the content is the typed string until then).
  await expect
    .poll(async () => {
      const content = ((await editorJson(page)) as { messages: { content: unknown }[] } | null)?.messages[0].content;
      return Array.isArray(content) ? content.map((b: { type: string }) => b.type) : content;
    })
    .toEqual(["text", "image", "image"]);
});
