// Structured outputs in the page: the Response format control bound both ways to the JSON editor, a tool's Strict
// toggle, the API's refusals shown on the field, the count that includes the format, and the JSON reply in the transcript.
import type { Locator, Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { test, expect } from "./fixtures";
import { editorJson, openPlayground } from "./request-editor-helpers";

const STARTER = {
  type: "object",
  properties: {
    answer: { type: "string", description: "The answer, in one or two sentences." },
    confidence: { type: "string", enum: ["low", "medium", "high"] },
  },
  required: ["answer", "confidence"],
  additionalProperties: false,
};
const EMAIL =
  "Extract the key information from this email: John Smith (john@example.com) is interested in our Enterprise plan and wants to schedule a demo for next Tuesday at 2pm.";
const CONTACT = {
  type: "object",
  properties: {
    name: { type: "string" },
    email: { type: "string" },
    plan_interest: { type: "string" },
    demo_requested: { type: "boolean" },
  },
  required: ["name", "email", "plan_interest", "demo_requested"],
  additionalProperties: false,
};
const shots = process.env.SCREENSHOT_DIR;

const responseFormat = (page: Page) => page.getByRole("checkbox", { name: "Response format" });
const schemaEditor = (page: Page) => page.getByRole("group", { name: "Response format schema" });
const transcript = (page: Page) => page.getByRole("region", { name: "Transcript" });
const figure = (region: Locator, label: string) =>
  region.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd");

/** The text of a Monaco editor's rendered lines (a small editor renders only the lines in view). */
const linesOf = (editor: Locator) => editor.locator(".view-lines");

/** Replaces a Monaco editor's text as if pasted on one line (Monaco would re-indent line breaks as if typed); its
 * auto-closing then leaves brackets and quotes after the cursor: they are deleted. */
async function typeInto(page: Page, editor: Locator, text: string) {
  await editor.getByRole("textbox", { name: /^(Request body|Response format schema)/ }).focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(text);
  await page.keyboard.press("Shift+ControlOrMeta+End");
  await page.keyboard.press("Delete");
}

/** Sets the request through the JSON editor; the panel takes it once it parses. */
async function setRequest(page: Page, request: Record<string, unknown>) {
  const editor = page.getByRole("region", { name: "Request JSON" });
  await typeInto(page, editor, JSON.stringify(request));
  await expect(editor.getByRole("status")).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: "Message 1" })).toHaveValue(
    String((request.messages as { content: string }[])[0].content),
  );
}

test.beforeEach(async ({ page }) => openPlayground(page));

test("Response format is off by default; on, it offers a starter schema, bound both ways with the JSON", async ({
  page,
}) => {
  await expect(responseFormat(page)).not.toBeChecked();
  expect(await editorJson(page)).not.toHaveProperty("output_config");

  await responseFormat(page).check();
  await expect
    .poll(() => editorJson(page))
    .toMatchObject({ output_config: { format: { type: "json_schema", schema: STARTER } } });
  await expect(schemaEditor(page).locator(".monaco-editor")).toBeVisible();
  await expect(linesOf(schemaEditor(page))).toContainText('"answer"');

  // Written in the JSON editor, the schema shows in the panel's schema editor.
  const request = {
    model: "claude-opus-4-6",
    max_tokens: 1024,
    messages: [{ role: "user", content: EMAIL }],
    output_config: { effort: "low", format: { type: "json_schema", schema: CONTACT } },
  };
  await setRequest(page, request);
  await expect(linesOf(schemaEditor(page))).toContainText('"plan_interest"');
  await expect(linesOf(schemaEditor(page))).not.toContainText('"answer"');

  // Written in the panel, it reaches the JSON; turned off, the format goes and effort stays; on again, it comes back.
  const edited = { ...CONTACT, properties: { ...CONTACT.properties, phone: { type: "string" } } };
  await typeInto(page, schemaEditor(page), JSON.stringify(edited));
  await expect
    .poll(async () => (await editorJson(page))?.output_config)
    .toEqual({
      effort: "low",
      format: { type: "json_schema", schema: edited },
    });
  await responseFormat(page).uncheck();
  await expect.poll(async () => (await editorJson(page))?.output_config).toEqual({ effort: "low" });
  await responseFormat(page).check();
  await expect
    .poll(async () => (await editorJson(page))?.output_config)
    .toEqual({
      effort: "low",
      format: { type: "json_schema", schema: edited },
    });

  // Text that does not parse stays in the editor and is said to be invalid; the request keeps the last good schema.
  await typeInto(page, schemaEditor(page), '{"type": "object",');
  await expect(page.getByText(/^Invalid JSON:/)).toBeVisible();
  expect((await editorJson(page))?.output_config).toMatchObject({ format: { schema: edited } });
});

test("a schema outside the structured-outputs subset is refused on the field, in the API's words, and blocks Run", async ({
  page,
}) => {
  await page.getByRole("textbox", { name: "Message 1" }).fill("Rate it");
  await responseFormat(page).check();
  await expect(schemaEditor(page).locator(".monaco-editor")).toBeVisible();
  await typeInto(
    page,
    schemaEditor(page),
    JSON.stringify({ type: "object", properties: { score: { type: "integer", minimum: 1 } } }),
  );
  const issue = page.locator('[data-issue-path="output_config.format"]');
  await expect(issue).toContainText(
    "output_config.format.schema: For 'object' type, 'additionalProperties' must be explicitly set to false",
  );
  await expect(issue).toContainText(
    "output_config.format.schema: For 'integer' type, property 'minimum' is not supported (at properties.score)",
  );
  await expect(page.getByRole("button", { name: "Run" })).toBeDisabled();
  if (shots) await page.getByLabel("Parameters").screenshot({ path: `${shots}/structured-refused.png` });
});

test("a tool's Strict toggle sets strict, and its schema is then held to the subset", async ({ page }) => {
  await page.getByRole("combobox", { name: "Add an example tool" }).selectOption("get_weather");
  const tool = page.getByRole("group", { name: "Tool 1 input schema" });
  await expect(tool.locator(".monaco-editor")).toBeVisible();
  const strict = page.getByRole("checkbox", { name: "Strict" });
  await expect(strict).not.toBeChecked();
  await strict.check();
  await expect
    .poll(async () => ((await editorJson(page))?.tools as { strict?: boolean }[] | undefined)?.[0]?.strict)
    .toBe(true);
  await expect(page.locator('[data-issue-path="tools.0"]')).toContainText(
    "tools.0.custom.input_schema: For 'object' type, 'additionalProperties' must be explicitly set to false",
  );
  if (shots) await page.getByRole("region", { name: "Tools" }).screenshot({ path: `${shots}/structured-strict.png` });
  await strict.uncheck();
  await expect
    .poll(async () => ((await editorJson(page))?.tools as object[] | undefined)?.[0])
    .not.toHaveProperty("strict");
  await expect(page.locator('[data-issue-path="tools.0"]')).toHaveCount(0);
});

test("the reply is pretty-printed JSON that says it matches the run's own schema; Raw and Copy keep the text sent", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const usage = page.getByRole("region", { name: "Usage" });
  await page.getByRole("textbox", { name: "Message 1" }).fill(EMAIL);
  const counted = figure(usage, "Input to send \\(count_tokens\\)");
  await expect(counted).toHaveText(/^\d+$/);
  const before = Number(await counted.textContent());
  await setRequest(page, {
    model: "claude-opus-4-6",
    max_tokens: 1024,
    stream: true,
    messages: [{ role: "user", content: EMAIL }],
    output_config: { format: { type: "json_schema", schema: CONTACT } },
  });
  // count_tokens is sent the format, which the count includes.
  await expect.poll(async () => Number(await counted.textContent())).toBeGreaterThan(before + 30);

  await page.getByRole("button", { name: "Run" }).click();
  const region = transcript(page);
  await expect(region.getByTestId("stop-reason")).toHaveText("end_turn");
  const block = region.getByRole("article", { name: "Block 1", exact: true });
  await expect(block).toContainText("JSON");
  await expect(block.getByTestId("schema-match")).toHaveText("✓ Matches the response format");
  const code = block.locator("pre code");
  await expect(code).toHaveClass(/hljs|language-json/);
  const shown = (await code.textContent()) ?? "";
  const reply = { name: "John Smith", email: "john@example.com", plan_interest: "Enterprise", demo_requested: true };
  expect(shown.trimEnd()).toBe(JSON.stringify(reply, null, 2));
  await expect(code.locator(".hljs-attr").first()).toBeVisible();
  if (shots) await region.screenshot({ path: `${shots}/structured-reply.png` });

  await block.getByRole("button", { name: "Raw view of block 1" }).click();
  await expect(block.locator("pre")).toHaveText(JSON.stringify(reply));
  await block.getByRole("button", { name: "Copy block 1" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(JSON.stringify(reply));
  await block.getByRole("button", { name: "Raw view of block 1" }).click();

  // The line judges the reply by the request that produced it, not by what the editor holds now.
  await setRequest(page, {
    model: "claude-opus-4-6",
    max_tokens: 1024,
    stream: true,
    messages: [{ role: "user", content: EMAIL }],
    output_config: { format: { type: "json_schema", schema: { ...CONTACT, required: ["phone"] } } },
  });
  await expect(block.getByTestId("schema-match")).toHaveText("✓ Matches the response format");
});

test("a reply cut by max_tokens is shown as it came, and said not to match", async ({ page }) => {
  await setRequest(page, {
    model: "claude-opus-4-6",
    max_tokens: 6,
    stream: true,
    messages: [{ role: "user", content: EMAIL }],
    output_config: { format: { type: "json_schema", schema: CONTACT } },
  });
  await page.getByRole("button", { name: "Run" }).click();
  const region = transcript(page);
  await expect(region.getByTestId("stop-reason")).toHaveText("max_tokens");
  const block = region.getByRole("article", { name: "Block 1", exact: true });
  await expect(block.getByTestId("schema-match")).toHaveText(/^✗ Does not match: the text is not valid JSON: /);
  await expect(block.locator("pre code")).toHaveText(/^\{"name":/);
  if (shots) await region.screenshot({ path: `${shots}/structured-cut.png` });
});

test("the response format and a JSON reply, matching or not, have no axe violations in either theme", async ({
  page,
}) => {
  await setRequest(page, {
    model: "claude-opus-4-6",
    max_tokens: 1024,
    stream: true,
    messages: [{ role: "user", content: EMAIL }],
    output_config: { format: { type: "json_schema", schema: CONTACT } },
  });
  await page.getByRole("button", { name: "Run" }).click();
  const block = transcript(page).getByRole("article", { name: "Block 1", exact: true });
  await expect(block.getByTestId("schema-match")).toHaveText("✓ Matches the response format");
  for (const theme of ["Light", "Dark"] as const) {
    await page.getByRole("combobox", { name: "Theme" }).selectOption({ label: theme });
    expect(await axeViolations(page), `${theme}: a matching reply`).toEqual([]);
    if (shots) await transcript(page).screenshot({ path: `${shots}/structured-reply-${theme.toLowerCase()}.png` });
  }
  await page.getByRole("spinbutton", { name: "Max tokens" }).fill("6");
  await page.getByRole("button", { name: "Run" }).click();
  await expect(block.getByTestId("schema-match")).toHaveText(/^✗ Does not match/);
  for (const theme of ["Light", "Dark"] as const) {
    await page.getByRole("combobox", { name: "Theme" }).selectOption({ label: theme });
    expect(await axeViolations(page), `${theme}: a reply that does not match`).toEqual([]);
  }
  if (shots) await page.screenshot({ path: `${shots}/structured-page-dark.png`, fullPage: true });
});

test("the schema validator is not part of the first load: it comes with the first structured reply", async ({
  page,
}) => {
  // A string of the validator's own code (@cfworker/json-schema), looked for in every script the page loads.
  const loaded: boolean[] = [];
  page.on("response", async (response) => {
    if (!response.url().endsWith(".js")) return;
    loaded.push((await response.text().catch(() => "")).includes("False boolean schema"));
  });
  await page.reload();
  await page.getByRole("textbox", { name: "Message 1" }).fill("Hello");
  await page.getByRole("button", { name: "Run" }).click();
  await expect(transcript(page).getByTestId("stop-reason")).toHaveText("end_turn");
  expect(loaded.length).toBeGreaterThan(3);
  expect(loaded).not.toContain(true);

  await responseFormat(page).check();
  await page.getByRole("button", { name: "Run" }).click();
  await expect(transcript(page).getByTestId("schema-match")).toHaveText("✓ Matches the response format");
  await expect.poll(() => loaded.includes(true)).toBe(true);
});
