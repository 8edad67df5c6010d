// Beta features from the page: picked from the SDK's list or typed, sent as the `anthropic-beta` header with a run and
// with count_tokens, kept in the draft, presets, share links, Get code and Paste code; and what a thread request
// through the simulator shows, errors included.
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { openPlayground, typeIntoEditor } from "./request-editor-helpers";

const THREADS = "message-threads-2026-08-12";
const group = (page: Page) => page.getByRole("group", { name: "Beta features" });
const chips = (page: Page) => group(page).getByRole("list", { name: "Beta features sent" }).getByRole("listitem");
/** A chip's text: the name, "(typed)" when the SDK's list lacks it, and its remove button's ×. */
const chip = (name: string, typed = false) => new RegExp(`^${name}${typed ? "\\(typed\\)" : ""}×$`);
const transcript = (page: Page) => page.getByRole("region", { name: "Transcript" });

async function addBetas(page: Page, text: string, how: "enter" | "button" = "enter") {
  const input = group(page).getByRole("combobox", { name: "Add a beta feature" });
  await input.fill(text);
  if (how === "enter") await input.press("Enter");
  else await group(page).getByRole("button", { name: "Add", exact: true }).click();
  await expect(input).toHaveValue("");
}

test("beta features: picked or typed, sent as anthropic-beta with the run and count_tokens, kept across a reload", async ({
  page,
}) => {
  await openPlayground(page);
  await expect(group(page)).toContainText("None: the request is sent without an anthropic-beta header.");
  // The SDK's names are offered as the input's suggestions.
  await expect(group(page).locator(`datalist option[value="${THREADS}"]`)).toHaveCount(1);
  await addBetas(page, THREADS);
  await addBetas(page, " my-own-beta-1, other-beta-2 ", "button");
  await expect(chips(page)).toHaveText([chip(THREADS), chip("my-own-beta-1", true), chip("other-beta-2", true)]);
  // A chosen name is no longer suggested, and adding it again changes nothing.
  await expect(group(page).locator(`datalist option[value="${THREADS}"]`)).toHaveCount(0);
  await addBetas(page, THREADS);
  await expect(chips(page)).toHaveCount(3);
  const header = `${THREADS},my-own-beta-1,other-beta-2`;
  await expect(group(page)).toContainText("Sent in the anthropic-beta header");

  const counted = page.waitForRequest(
    (r) => r.url().endsWith("/api/v1/messages/count_tokens") && r.headers()["anthropic-beta"] === header,
  );
  await page.getByRole("textbox", { name: "Message 1" }).fill("What is a tide?");
  await counted;
  const sent = page.waitForRequest((r) => r.url().endsWith("/api/v1/messages") && r.method() === "POST");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const request = await sent;
  expect(request.headers()["anthropic-beta"]).toBe(header);
  // Beside the body, never inside it.
  expect(Object.keys(request.postDataJSON())).not.toContain("betas");
  await expect(transcript(page).getByTestId("stop-reason")).toHaveText("end_turn");

  await page.reload();
  await expect(chips(page)).toHaveCount(3);
  await group(page).getByRole("button", { name: "Remove other-beta-2" }).click();
  await group(page).getByRole("button", { name: "Remove my-own-beta-1" }).click();
  await expect(chips(page)).toHaveText([chip(THREADS)]);

  // History keeps the betas a call was sent with, and loads them back with its request.
  await page
    .getByRole("region", { name: "History" })
    .getByRole("button", { name: /^Open call/ })
    .click();
  const call = page.getByRole("dialog");
  await expect(call).toContainText(`Sent with anthropic-beta: ${header}`);
  await call.getByRole("button", { name: "Load into editor" }).click();
  await expect(chips(page)).toHaveCount(3);
  await group(page).getByRole("button", { name: "Remove other-beta-2" }).click();
  await group(page).getByRole("button", { name: "Remove my-own-beta-1" }).click();
  await expect(chips(page)).toHaveText([chip(THREADS)]);

  // Retry sends the betas its run was sent with, whatever the panel holds now.
  await group(page)
    .getByRole("button", { name: `Remove ${THREADS}` })
    .click();
  await expect(chips(page)).toHaveCount(0);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(transcript(page).getByTestId("stop-reason")).toHaveText("end_turn");
  const plain = page.waitForRequest((r) => r.url().endsWith("/api/v1/messages") && r.method() === "POST");
  await transcript(page).getByRole("button", { name: "Retry" }).click();
  expect((await plain).headers()["anthropic-beta"]).toBeUndefined();
});

test("a thread from the page: refused without its beta, created with it, and a lost thread's error explained", async ({
  page,
}) => {
  await openPlayground(page);
  const body = (thread: unknown) =>
    JSON.stringify({
      model: "claude-opus-4-6",
      max_tokens: 256,
      stream: true,
      messages: [{ role: "user", content: "What is a tide?" }],
      thread,
    });
  await typeIntoEditor(page, body({ type: "create" }));
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const alert = transcript(page).getByRole("alert");
  await expect(alert).toContainText("invalid_request_error (HTTP 400): thread: Extra inputs are not permitted");

  await addBetas(page, THREADS);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(transcript(page).getByTestId("stop-reason")).toHaveText("end_turn");

  await typeIntoEditor(page, body({ type: "continue", previous_message_id: "msg_never_stored" }));
  await page.getByRole("button", { name: "Run", exact: true }).click();
  // The API's own words with its code, and under them what they mean.
  await expect(alert).toContainText("not_found_error (HTTP 404) · thread_not_found: No thread state was found");
  await expect(alert).toContainText("The thread is gone");
});

test("presets, share links, Get code and Paste code keep the beta features", async ({ page, browser }) => {
  await openPlayground(page);
  await page.getByRole("textbox", { name: "Message 1" }).fill("Tides, with betas");
  await addBetas(page, `${THREADS} my-own-beta-1`);

  await page.getByRole("button", { name: "Get code", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Get code" });
  const code = dialog.getByLabel("Generated code");
  await expect(code).toContainText(`-H 'anthropic-beta: ${THREADS},my-own-beta-1'`);
  const curl = (await code.textContent())!;
  await dialog.getByRole("tab", { name: "TypeScript" }).click();
  await expect(code).toContainText("await client.beta.messages.create({");
  await expect(code).toContainText(/betas: \[\s*"message-threads-2026-08-12",\s*"my-own-beta-1",\s*\]/);
  await dialog.getByRole("tab", { name: "Python" }).click();
  await expect(code).toContainText("client.beta.messages.create(");
  await expect(code).toContainText(/betas=\[\s*"message-threads-2026-08-12",\s*"my-own-beta-1",?\s*\]/);
  await dialog.getByRole("button", { name: "Close" }).click();

  // A share link carries them to another page.
  await page.getByRole("button", { name: "Share" }).click();
  const share = page.getByRole("dialog", { name: "Share" });
  // The link is made after the dialog opens: read it once it is there.
  const linkBox = share.getByRole("textbox", { name: "Share link" });
  await expect(linkBox).toHaveValue(/#preset=[A-Za-z0-9_-]+$/);
  const link = await linkBox.inputValue();
  await share.getByRole("button", { name: "Close" }).click();
  const other = await browser.newPage();
  await other.goto(link);
  await expect(other.getByRole("textbox", { name: "Message 1" })).toHaveValue("Tides, with betas");
  await expect(chips(other)).toHaveText([chip(THREADS), chip("my-own-beta-1", true)]);
  await other.close();

  // Paste code reads them back from the curl command.
  await group(page)
    .getByRole("button", { name: `Remove ${THREADS}` })
    .click();
  await group(page).getByRole("button", { name: "Remove my-own-beta-1" }).click();
  await page.getByRole("button", { name: "Paste code" }).click();
  const paste = page.getByRole("dialog", { name: "Paste code" });
  await paste.getByRole("textbox", { name: "Code to paste" }).fill(curl);
  await paste.getByRole("button", { name: "Load request" }).click();
  await expect(chips(page)).toHaveText([chip(THREADS), chip("my-own-beta-1", true)]);
  await expect(page.getByRole("status").filter({ hasText: "Loaded the request" })).toContainText(
    `with the beta features ${THREADS}, my-own-beta-1`,
  );
});
