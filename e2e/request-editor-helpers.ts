import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** The Request JSON editor's text, as Monaco renders it (the page is tall enough to show every line). */
export async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lines = [...document.querySelectorAll<HTMLElement>('[aria-label="Request JSON"] .view-line')];
    lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    return lines.map((line) => (line.textContent ?? "").replace(/\u00a0/g, " ")).join("\n");
  });
}

export async function editorJson(page: Page): Promise<Record<string, unknown> | null> {
  try {
    return JSON.parse(await editorText(page));
  } catch {
    return null;
  }
}

/** Replaces the whole Request JSON text as if typed (Monaco's own input path, no auto-closing). */
export async function typeIntoEditor(page: Page, text: string): Promise<void> {
  const editor = page.getByRole("region", { name: "Request JSON" }).locator(".monaco-editor");
  await expect(editor).toBeVisible();
  await editor.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}

/**
 * A fresh page with Monaco loaded and an empty draft. Each test has a context of its own, whose storage starts
 * empty: the page is loaded a second time only when an earlier step of the same test left a draft behind.
 */
export async function openPlayground(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1500, height: 2200 });
  const { origins } = await page.context().storageState();
  const leftBehind = origins.some((origin) => origin.localStorage.length > 0);
  await page.goto("/");
  if (leftBehind) {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
  }
  await expect(page.getByRole("region", { name: "Request JSON" }).locator(".monaco-editor")).toBeVisible();
}

/** A document with citations on: the simulator's answer cites its two sentences. */
export const CITED_DOCUMENT = {
  type: "document",
  source: { type: "text", media_type: "text/plain", data: "The grass is green. The sky is blue." },
  title: "Colours",
  citations: { enabled: true },
};

/** Asks about CITED_DOCUMENT in a fresh playground, and runs it. */
export async function runCitedQuestion(page: Page): Promise<void> {
  await openPlayground(page);
  await typeIntoEditor(
    page,
    JSON.stringify({
      model: "claude-opus-4-6",
      max_tokens: 512,
      messages: [{ role: "user", content: [CITED_DOCUMENT, { type: "text", text: "What colours are they?" }] }],
    }),
  );
  await page.getByRole("button", { name: "Run", exact: true }).click();
}

// A 2×2 PNG, made by hand: small enough to read in the JSON.
export const PNG_2X2 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4zwAE/xkgFAAb8gP91pbyKwAAAABJRU5ErkJggg==",
  "base64",
);
