// A short link's lifecycle in the Share dialog: the delete token shown once, Delete link, and what
// crawlers are told. axe checks the dialog with the short link's controls, in both themes.
import { axeViolations as violations } from "./axe";
import { test, expect } from "./fixtures";

test("a short link shows its delete token once, Delete link takes it down, and crawlers are told noindex", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("textbox", { name: "Message 1" }).fill("The confidential launch plan");
  const dialog = page.getByRole("dialog", { name: "Share" });
  const link = dialog.getByRole("textbox", { name: "Share link" });
  const token = dialog.getByRole("textbox", { name: "Delete token" });
  for (const theme of ["Dark", "Light"] as const) {
    await page.getByRole("combobox", { name: "Theme" }).selectOption({ label: theme });
    await page.getByRole("button", { name: "Share" }).click();
    await dialog.getByRole("radio", { name: /Short link/ }).check();
    await expect(token).toHaveValue(/^[A-Za-z0-9_-]{32}$/);
    expect(await violations(page), `${theme}: the Share dialog with a short link`).toEqual([]);
    await page.screenshot({ path: `/tmp/team-share-dialog-${theme.toLowerCase()}.png` });
    if (theme === "Dark") await dialog.getByRole("button", { name: "Close" }).click();
  }
  await expect(link).toHaveValue(/\/s\/[A-Za-z0-9_-]{24}$/);
  const id = (await link.inputValue()).split("/s/")[1];
  await expect(token).toHaveAccessibleDescription(/Shown only now/);
  await expect(dialog.getByRole("button", { name: "Copy token" })).toBeEnabled();

  // Not for search engines: the page's header and its robots meta tag, and the API's header.
  const shared = await page.request.get(`/s/${id}`);
  expect(shared.status()).toBe(200);
  expect(shared.headers()["x-robots-tag"]).toContain("noindex");
  expect(await shared.text()).toMatch(/<meta name="robots" content="noindex, nofollow"\/?>/);
  const api = await page.request.get(`/api/presets/${id}`);
  expect(api.headers()["x-robots-tag"]).toContain("noindex");
  expect(api.headers()["cache-control"]).toBe("private, no-store");

  await dialog.getByRole("button", { name: "Delete link" }).click();
  await expect(dialog.getByRole("status")).toHaveText("The short link was deleted: it no longer opens.");
  await expect(dialog.getByRole("radio", { name: /Link with the preset inside/ })).toBeChecked();
  await expect(dialog.getByRole("textbox", { name: "Delete token" })).toHaveCount(0);
  expect((await page.request.get(`/api/presets/${id}`)).status()).toBe(404);
  expect((await page.request.get(`/s/${id}`)).status()).toBe(404);

  // Choosing the short link again makes a new link, with its own token.
  await dialog.getByRole("radio", { name: /Short link/ }).check();
  await expect(link).toHaveValue(/\/s\/[A-Za-z0-9_-]{24}$/);
  expect((await link.inputValue()).split("/s/")[1]).not.toBe(id);
  await expect(dialog.getByRole("status")).toHaveCount(0);
});
