// Server tools end to end on the built-in simulator: added and edited in the panel, run by the simulator, shown in the
// transcript as what they are, and a paused turn carried on with Continue.
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { editorJson, openPlayground, typeIntoEditor } from "./request-editor-helpers";

const CITIES = "Paris, Rome, Oslo, Bern, Vienna, Prague, Madrid, Lisbon, Dublin, Athens, Warsaw, Riga";

/** Runs a request typed into the editor and waits for its stop reason. */
async function runRequest(page: Page, request: Record<string, unknown>, stopReason: string) {
  await typeIntoEditor(page, JSON.stringify({ model: "claude-opus-4-6", max_tokens: 4096, stream: true, ...request }));
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByRole("region", { name: "Transcript" }).getByTestId("stop-reason")).toHaveText(stopReason);
}

const ask = (content: string) => ({ messages: [{ role: "user", content }] });

test("Add tool offers the server tools; a server tool's card sets its version and options in the request", async ({
  page,
}) => {
  await openPlayground(page);
  const tools = page.getByRole("region", { name: "Tools" });
  const addTool = tools.getByRole("button", { name: "Add tool", exact: true });
  await addTool.click();
  const menu = page.getByRole("menu", { name: "Add tool" });
  await expect(menu.getByRole("menuitem")).toHaveCount(4);
  await expect(menu.getByRole("menuitem", { name: /^Custom tool/ })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitem", { name: /^Web search/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(menu).toBeHidden();
  await expect(addTool).toBeFocused();

  await expect(tools.getByRole("combobox", { name: "Tool 1 version" })).toHaveValue("web_search_20260318");
  await tools.getByRole("combobox", { name: "Tool 1 version" }).selectOption("web_search_20250305");
  await tools.getByRole("spinbutton", { name: "Tool 1 max uses" }).fill("3");
  await tools.getByRole("textbox", { name: "Tool 1 allowed domains" }).fill("example.com\n  docs.example.org \n");
  await tools.getByRole("textbox", { name: "Tool 1 user location City" }).fill("Lisbon");
  await tools.getByRole("textbox", { name: "Tool 1 user location Country" }).fill("PT");
  await expect
    .poll(() => editorJson(page).then((r) => r?.tools))
    .toEqual([
      {
        type: "web_search_20250305",
        name: "web_search",
        max_uses: 3,
        allowed_domains: ["example.com", "docs.example.org"],
        user_location: { type: "approximate", city: "Lisbon", country: "PT" },
      },
    ]);

  // Web search is in the request already: offered no more. A fetch with citations, and a custom tool.
  await addTool.click();
  await expect(menu.getByRole("menuitem", { name: /^Web search/ })).toBeDisabled();
  await expect(menu.getByRole("menuitem", { name: /^Web search/ })).toContainText("Already in the request");
  await menu.getByRole("menuitem", { name: /^Web fetch/ }).click();
  await tools.getByRole("checkbox", { name: "Tool 2 citations" }).check();
  await tools.getByRole("spinbutton", { name: "Tool 2 max content tokens" }).fill("5000");
  await addTool.click();
  await menu.getByRole("menuitem", { name: /^Custom tool/ }).click();
  await expect(tools.getByRole("textbox", { name: "Tool 3 name" })).toHaveValue("tool_3");
  await expect
    .poll(() => editorJson(page).then((r) => (r?.tools as unknown[])?.slice(1, 2)))
    .toEqual([
      { type: "web_fetch_20260318", name: "web_fetch", citations: { enabled: true }, max_content_tokens: 5000 },
    ]);
  await page.getByRole("textbox", { name: "Message 1" }).fill("Hello");
  await expect(page.getByRole("button", { name: "Run", exact: true })).toBeEnabled();
});

test("a tool type the panel does not know shows as edited in JSON, and is sent as written", async ({ page }) => {
  await openPlayground(page);
  const future = { type: "future_tool_20300101", name: "future_tool", knob: { depth: [1, 2] } };
  const toolset = { type: "computer_toolset_20260801", configs: { display: { width: 1024, height: 768 } } };
  const request = { tools: [future, toolset], ...ask("Hello there.") };
  await runRequest(page, request, "end_turn");
  const tools = page.getByRole("region", { name: "Tools" });
  const cards = tools.getByTestId("json-tool-card");
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toContainText("future_tool_20300101: edited in JSON");
  await expect(tools.getByLabel("Tool 1 JSON")).toContainText('"knob"');
  await expect(tools.getByLabel("Tool 2 JSON")).toContainText('"configs"');
  expect((await editorJson(page))?.tools).toEqual([future, toolset]);
});

test("a web search runs on the simulator: its query, its results as plain text, and an answer that cites them", async ({
  page,
}) => {
  await openPlayground(page);
  await runRequest(
    page,
    {
      tools: [{ type: "web_search_20250305", name: "web_search" }],
      ...ask("Search the web for the history of the printing press"),
    },
    "end_turn",
  );
  const transcript = page.getByRole("region", { name: "Transcript" });
  // Streamed: the call's input arrived as input_json_delta and was kept.
  await expect(transcript.getByTestId("search-query")).toHaveText("Query history of the printing press");
  const results = transcript.getByRole("list", { name: "Search results" });
  await expect(results.getByTestId("search-result").first()).toContainText(/\.example\//);
  expect(await results.locator("a").count()).toBe(0); // titles and URLs are text, never links
  await expect(transcript.getByTestId("citation").first()).toContainText("history of the printing press");
  await expect(transcript.getByTestId("citation").first()).toContainText("https://");
  await expect(transcript.getByText("(The playground's simulator made this up offline: no search ran.)")).toBeVisible();
});

test("a fetch shows its URL and an excerpt; code execution its code, stdout and return code", async ({ page }) => {
  await openPlayground(page);
  await runRequest(
    page,
    { tools: [{ type: "web_fetch_20250910", name: "web_fetch" }], ...ask("Summarize https://example.com/docs/intro") },
    "end_turn",
  );
  const transcript = page.getByRole("region", { name: "Transcript" });
  await expect(transcript.getByTestId("fetch-url")).toHaveText("URL https://example.com/docs/intro");
  await expect(transcript.getByTestId("fetched-url")).toHaveText("URL https://example.com/docs/intro");
  await expect(transcript.getByLabel("Excerpt of block 3")).toContainText("nothing was fetched");

  await runRequest(
    page,
    {
      tools: [{ type: "code_execution_20250825", name: "code_execution" }],
      ...ask("What is 17 * 23? Calculate it with Python code."),
    },
    "end_turn",
  );
  await expect(transcript.getByLabel("Code of block 2")).toHaveText("python3 << 'EOF'\nprint(17 * 23)\nEOF");
  await expect(transcript.getByLabel("Output of block 3")).toHaveText("391");
  await expect(transcript.getByTestId("return-code")).toHaveText("Return code 0");
});

test("after pause_turn, Continue sends the reply back as the last assistant turn and runs it to its end", async ({
  page,
}) => {
  await openPlayground(page);
  await runRequest(
    page,
    { tools: [{ type: "web_search_20250305", name: "web_search" }], ...ask(`Search for the population of ${CITIES}`) },
    "pause_turn",
  );
  const transcript = page.getByRole("region", { name: "Transcript" });
  const proceed = transcript.getByRole("button", { name: "Continue", exact: true });
  await expect(proceed).toBeVisible();
  await expect(transcript.getByText(/The API paused this turn/)).toBeVisible();
  await proceed.click();
  await expect(transcript.getByTestId("stop-reason")).toHaveText("end_turn");
  await expect(proceed).toBeHidden();
  // What the continuation sent: the question, then the paused reply as the last assistant turn (no user turn after it).
  const sent = transcript.locator("details", { hasText: "Conversation sent" });
  await expect(sent.locator("summary")).toHaveText("Conversation sent (2 messages)");
  await sent.locator("summary").click();
  await expect(sent.locator("li > span:first-child")).toHaveText(["user", "assistant"]);
  await expect(sent.locator("li").nth(1)).toContainText("[server_tool_use]");
  // The continuation starts with the paused call's result.
  await expect(transcript.getByRole("article", { name: "Block 1" })).toContainText("Search results");
  await expect(transcript.getByText("Warsaw").first()).toBeVisible();
});
