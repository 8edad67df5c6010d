// The page never refuses what the API accepts: each request shape runs from the panel, reaches the simulator,
// and the reply says how it ended.
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { editorJson, editorText, openPlayground, typeIntoEditor } from "./request-editor-helpers";

test.beforeEach(async ({ page }) => openPlayground(page));

const run = (page: Page) => page.getByRole("button", { name: "Run", exact: true });
const transcript = (page: Page) => page.getByRole("region", { name: "Transcript" });

/** Adds `x-simulator-fault` to the page's calls (the proxy hands it to the in-process simulator). */
async function withFault(page: Page, fault: string) {
  await page
    .context()
    .route("**/api/v1/messages", (route) =>
      route.continue({ headers: { ...route.request().headers(), "x-simulator-fault": fault } }),
    );
}

test("two user turns in a row run, combined as the API combines them", async ({ page }) => {
  await page.getByRole("textbox", { name: "Message 1" }).fill("Tell me about tides.");
  await page.getByRole("button", { name: "Add message" }).click();
  await page.getByRole("combobox", { name: "Role of turn 2" }).selectOption("user");
  await page.getByRole("textbox", { name: "Message 2" }).fill("And about harbours.");
  await expect(run(page)).toBeEnabled();
  await run(page).click();
  await expect(transcript(page).getByTestId("stop-reason")).toHaveText("end_turn");
  await expect(transcript(page).getByTestId("text-block")).toContainText(/harbours/i);
});

test("a system message after a user turn, on a model that takes them, is offered as a role and runs", async ({
  page,
}) => {
  await page.getByRole("combobox", { name: "Model" }).selectOption("claude-opus-4-8");
  await page.getByRole("textbox", { name: "Message 1" }).fill("Tell me about tides.");
  await page.getByRole("button", { name: "Add message" }).click();
  await page.getByRole("combobox", { name: "Role of turn 2" }).selectOption("system");
  await page.getByRole("textbox", { name: "Message 2" }).fill("Mention lighthouses in every answer.");
  await expect(run(page)).toBeEnabled();
  await run(page).click();
  await expect(transcript(page).getByTestId("stop-reason")).toHaveText("end_turn");
  await expect(transcript(page).getByTestId("text-block")).toContainText(/lighthouses/i);
  // A model before Opus 4.8 does not offer the role, and says why when the JSON has it.
  await page.getByRole("combobox", { name: "Model" }).selectOption("claude-opus-4-6");
  await expect(page.getByRole("combobox", { name: "Role of turn 2" })).toHaveValue("system");
  await expect(page.locator("#run-blocked-reason")).toContainText("role 'system' is not supported on this model");
});

test("max_tokens 0 with automatic caching pre-warms the cache: no reply, and the stop reason says so", async ({
  page,
}) => {
  await page.getByRole("textbox", { name: "Message 1" }).fill("The notes to cache. ".repeat(1500));
  await page.getByRole("spinbutton", { name: "Max tokens" }).fill("0");
  await page.getByRole("checkbox", { name: "Cache automatically" }).check();
  // The message's line is too long for the editor to render whole: read the two fields' own lines.
  await expect.poll(() => editorText(page)).toContain('"max_tokens": 0,');
  await expect.poll(() => editorText(page)).toMatch(/"cache_control": \{\s*"type": "ephemeral"\s*\}/);
  await expect(page.getByRole("list", { name: "Cache breakpoints" })).toContainText("messages[0] · 5 min · automatic");
  await expect(run(page)).toBeEnabled();
  await run(page).click();
  await expect(transcript(page).getByTestId("stop-reason")).toHaveText("max_tokens");
  await expect(transcript(page).getByTestId("stop-reason-note")).toContainText("pre-warming");
  await expect(transcript(page).getByTestId("text-block")).toHaveCount(0);
  await expect(page.getByRole("group", { name: "Prompt cache" })).toContainText(/Last call wrote [1-9]/);
});

test("a stop sequence with a line break is typed as \\n, sent as a line break, and stops the reply", async ({
  page,
}) => {
  await page.getByRole("textbox", { name: "Message 1" }).fill("Write two paragraphs about tides.");
  await page.getByRole("textbox", { name: "Stop sequences" }).fill("\\n\\n");
  await expect.poll(async () => (await editorJson(page))?.stop_sequences).toEqual(["\n\n"]);
  await run(page).click();
  await expect(transcript(page).getByTestId("stop-reason")).toHaveText("stop_sequence");
});

test("thinking can be disabled outright, and its display chosen, from the panel", async ({ page }) => {
  await page.getByRole("textbox", { name: "Message 1" }).fill("Why is the sea salty?");
  const thinking = page.getByRole("combobox", { name: "Thinking" });
  await thinking.selectOption("disabled");
  await expect.poll(async () => (await editorJson(page))?.thinking).toEqual({ type: "disabled" });
  await thinking.selectOption("adaptive");
  await page.getByRole("combobox", { name: "Thought display" }).selectOption("omitted");
  await expect.poll(async () => (await editorJson(page))?.thinking).toEqual({ type: "adaptive", display: "omitted" });
  await run(page).click();
  await expect(transcript(page).getByTestId("stop-reason")).toHaveText("end_turn");
  // Omitted: the block is there, its text is not.
  await expect(transcript(page).getByTestId("thinking-omitted")).toContainText("display was omitted");
});

test("what the page does not know is kept, named and sent: a newer role and a newer field", async ({ page }) => {
  await typeIntoEditor(
    page,
    JSON.stringify({
      model: "claude-opus-4-6",
      max_tokens: 256,
      service_tier: "auto",
      messages: [
        { role: "user", content: "Hello" },
        { role: "developer", content: "Answer in French." },
      ],
    }),
  );
  await expect(page.getByTestId("json-only-fields")).toContainText("service_tier");
  await expect(page.getByRole("combobox", { name: "Role of turn 2" })).toHaveValue("developer");
  // Not refused by the page: the upstream is the authority, and this simulator answers as the API of its version.
  await expect(run(page)).toBeEnabled();
  await run(page).click();
  await expect(transcript(page).getByRole("alert")).toContainText("Input should be 'user', 'assistant' or 'system'");
});

test("a refusal shows its category and explanation under what was said before it", async ({ page }) => {
  await withFault(page, "refusal=bio");
  await page.getByRole("textbox", { name: "Message 1" }).fill("Tell me about the tides.");
  await run(page).click();
  await expect(transcript(page).getByTestId("stop-reason")).toHaveText("refusal");
  await expect(transcript(page).getByTestId("refusal-details")).toContainText("biological harm (bio)");
  await expect(transcript(page).getByTestId("text-block")).not.toBeEmpty();
});

test("a full context window explains itself", async ({ page }) => {
  await withFault(page, "context-window-exceeded");
  await page.getByRole("textbox", { name: "Message 1" }).fill("Tell me about the tides.");
  await run(page).click();
  await expect(transcript(page).getByTestId("stop-reason")).toHaveText("model_context_window_exceeded");
  await expect(transcript(page).getByTestId("stop-reason-note")).toContainText("context window");
});
