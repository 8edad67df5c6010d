// axe-core's WCAG rules over every screen, in both themes: names of controls, contrast, list and table structure,
// dialogs. The UI contract test checks the names we promised; this one checks what we did not think of. (The Keys
// popover is checked in credentials.spec.ts: a server on its simulator offers no user keys.)
import { axeViolations as violations } from "./axe";
import { test, expect } from "./fixtures";
import { openPlayground, runCitedQuestion, typeIntoEditor } from "./request-editor-helpers";

for (const theme of ["Light", "Dark"] as const) {
  test(`${theme.toLowerCase()} theme: the page, a tool call's transcript and the dialogs have no axe violations`, async ({
    page,
  }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: "Theme" }).selectOption({ label: theme });
    expect(await violations(page), "fresh page").toEqual([]);

    await page.getByRole("combobox", { name: "Add an example tool" }).selectOption("get_weather");
    await page.getByRole("combobox", { name: "Thinking" }).selectOption("adaptive");
    await page.getByRole("textbox", { name: "Message 1" }).fill("Use get_weather for Paris, please.");
    await page.getByRole("button", { name: "Run" }).click();
    const transcript = page.getByRole("region", { name: "Transcript" });
    await expect(transcript.getByTestId("stop-reason")).toHaveText("tool_use");
    await transcript.getByText(/^Event inspector/).click();
    await transcript.getByText(/^Conversation sent/).click();
    expect(await violations(page), "after a tool call").toEqual([]);

    for (const name of ["Share", "Presets", "Get code", "Paste code", "Save preset"]) {
      await page.getByRole("button", { name, exact: true }).click();
      const dialog = page.getByRole("dialog");
      await expect(dialog).toBeVisible();
      expect(await violations(page), `${name} dialog`).toEqual([]);
      await dialog.getByRole("button", { name: "Close" }).click();
      await expect(dialog).toBeHidden();
    }

    await page
      .getByRole("region", { name: "History" })
      .getByRole("button", { name: /^Open call/ })
      .click();
    await expect(page.getByRole("dialog")).toBeVisible();
    expect(await violations(page), "a past call's dialog").toEqual([]);
  });
}

// A cited answer's numbers are buttons inside superscripts, in HTML the page did not build with React.
test("a cited answer, its numbers and its list have no axe violations, in either theme", async ({ page }) => {
  await runCitedQuestion(page);
  const transcript = page.getByRole("region", { name: "Transcript" });
  await expect(transcript.getByRole("button", { name: "Citation 2" })).toBeVisible();
  for (const theme of ["Light", "Dark"] as const) {
    await page.getByRole("combobox", { name: "Theme" }).selectOption({ label: theme });
    expect(await violations(page), `${theme}: a cited answer`).toEqual([]);
  }
});

// The beta features' chips and a failed call's alert, with its code and its plain explanation.
test("chosen beta features and an explained error have no axe violations, in either theme", async ({ page }) => {
  await openPlayground(page);
  const betas = page.getByRole("group", { name: "Beta features" });
  const add = betas.getByRole("combobox", { name: "Add a beta feature" });
  await add.fill("message-threads-2026-08-12 my-own-beta-1");
  await add.press("Enter");
  await typeIntoEditor(
    page,
    JSON.stringify({
      model: "claude-opus-4-6",
      max_tokens: 256,
      messages: [{ role: "user", content: "Hi" }],
      thread: { type: "continue", previous_message_id: "msg_gone" },
    }),
  );
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const alert = page.getByRole("region", { name: "Transcript" }).getByRole("alert");
  await expect(alert.getByTestId("error-explanation")).toBeVisible();
  for (const theme of ["Light", "Dark"] as const) {
    await page.getByRole("combobox", { name: "Theme" }).selectOption({ label: theme });
    expect(await violations(page), `${theme}: betas and an explained error`).toEqual([]);
  }
});

// Server tools: the Add tool menu, a server tool's card and a card edited in JSON, and a paused search turn's
// transcript (a search's query and results, Continue) then code execution's output.
test("server tools in the panel and the transcript have no axe violations, in either theme", async ({ page }) => {
  await openPlayground(page);
  const cities = "Paris, Rome, Oslo, Bern, Vienna, Prague, Madrid, Lisbon, Dublin, Athens, Warsaw, Riga";
  await typeIntoEditor(
    page,
    JSON.stringify({
      model: "claude-opus-4-6",
      max_tokens: 4096,
      stream: true,
      tools: [
        { type: "web_search_20250305", name: "web_search", user_location: { type: "approximate", city: "Oslo" } },
        { type: "web_fetch_20250910", name: "web_fetch", citations: { enabled: true } },
        { type: "code_execution_20250825", name: "code_execution" },
        { type: "computer_toolset_20260801", configs: {} },
      ],
      messages: [{ role: "user", content: `Search for the population of ${cities}` }],
    }),
  );
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const transcript = page.getByRole("region", { name: "Transcript" });
  await expect(transcript.getByTestId("stop-reason")).toHaveText("pause_turn");
  for (const theme of ["Light", "Dark"] as const) {
    await page.getByRole("combobox", { name: "Theme" }).selectOption({ label: theme });
    await page.getByRole("region", { name: "Tools" }).getByRole("button", { name: "Add tool", exact: true }).click();
    await expect(page.getByRole("menu", { name: "Add tool" })).toBeVisible();
    expect(await violations(page), `${theme}: server tool cards, the menu and a paused search`).toEqual([]);
    await page.keyboard.press("Escape");
  }
  await page.getByRole("textbox", { name: "Message 1" }).fill("What is 17 * 23? Calculate it with Python code.");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(transcript.getByTestId("return-code")).toHaveText("Return code 0");
  for (const theme of ["Light", "Dark"] as const) {
    await page.getByRole("combobox", { name: "Theme" }).selectOption({ label: theme });
    expect(await violations(page), `${theme}: code execution's output`).toEqual([]);
  }
});

// While the JSON does not parse, the panel's fields are disabled: the panel itself stays reachable by the keyboard, to
// scroll it.
test("the parameter panel, disabled while the JSON is invalid, stays reachable and has no axe violations", async ({
  page,
}) => {
  await openPlayground(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await typeIntoEditor(page, '{"model": "claude-opus-4-6", "max_tokens": 1024,');
  const panel = page.getByRole("region", { name: "Parameters" });
  await expect(panel.getByRole("status")).toContainText("The request JSON is invalid");
  for (const theme of ["Light", "Dark"] as const) {
    await page.getByRole("combobox", { name: "Theme" }).selectOption({ label: theme });
    expect(await violations(page), `${theme}: the panel while the JSON is invalid`).toEqual([]);
  }
  await panel.focus();
  await expect(panel).toBeFocused();
  await page.keyboard.press("PageDown");
  await expect.poll(() => panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
});
