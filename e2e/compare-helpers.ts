import type { Page, Request } from "@playwright/test";
import { expect } from "./fixtures";

/** The Messages API calls the page makes (not count_tokens), with their bodies, and how many are in flight at most. */
export function watchCalls(page: Page) {
  const bodies: Record<string, unknown>[] = [];
  let inFlight = 0;
  let most = 0;
  const isCall = (r: Request) => r.method() === "POST" && new URL(r.url()).pathname === "/api/v1/messages";
  page.on("request", (r) => {
    if (!isCall(r)) return;
    bodies.push(r.postDataJSON());
    most = Math.max(most, ++inFlight);
  });
  const ended = (r: Request) => isCall(r) && inFlight--;
  page.on("requestfinished", ended);
  page.on("requestfailed", ended);
  return { bodies, most: () => most, inFlight: () => inFlight };
}

/** The text of a message's content as sent: a string, or its text blocks. */
export const sentText = (body: Record<string, unknown>, index = 0) => {
  const content = (body.messages as { content: unknown }[])[index].content;
  return typeof content === "string" ? content : (content as { text?: string }[]).map((b) => b.text ?? "").join("");
};

/** Pastes test cases (CSV, tab-separated or JSON Lines) through the Paste or import dialog. */
export async function pasteCases(page: Page, text: string, { replace = true } = {}) {
  await page.getByRole("region", { name: "Test cases" }).getByRole("button", { name: "Paste or import" }).click();
  const dialog = page.getByRole("dialog", { name: "Paste or import test cases" });
  await dialog.getByRole("textbox", { name: "Test cases to paste" }).fill(text);
  const replacing = dialog.getByRole("checkbox", { name: /Replace the test cases/ });
  if (await replacing.count()) await replacing.setChecked(replace);
  await dialog.getByRole("button", { name: "Import test cases" }).click();
  await expect(dialog).toBeHidden();
}

/** Waits for the latest run of many calls to end, and returns its progress text. */
export async function runEnds(page: Page, state: "done" | "stopped" = "done", timeout = 30_000) {
  const figures = page.getByTestId("runs-figures");
  await expect(figures).toContainText(state, { timeout });
  return (await figures.textContent()) ?? "";
}
