// The key and access-token settings against a production server of its own (a server key, an access
// token, user keys allowed) whose upstream is a scripted local one.
import { readRecorded } from "@/lib/testing/recorded";
import { axeViolations } from "./axe";
import { test, expect } from "./fixtures";
import { startAppServer, type AppServer } from "../lib/testing/app-server";
import { replaySse, startFakeUpstream, type FakeUpstream } from "../lib/testing/fake-upstream";

const TOKEN = "e2e-access-token-91c3";
const USER_KEY = "sk-ant-user-e2e-5f0a2b7c9d";
const SERVER_KEY = "sk-ant-server-e2e-3c8d1e6f4a";
const STREAM = readRecorded("01_text_stream_basic.sse");

let upstream: FakeUpstream;
let app: AppServer;

test.beforeAll(async () => {
  upstream = await startFakeUpstream((_req, res) => replaySse(res, STREAM, 30));
  app = await startAppServer({
    ANTHROPIC_API_KEY: SERVER_KEY,
    ANTHROPIC_BASE_URL: upstream.url,
    PLAYGROUND_ACCESS_TOKEN: TOKEN,
    PLAYGROUND_RATE_LIMIT: "0",
  });
});

test.afterAll(async () => {
  await app?.stop();
  await upstream?.close();
});

const keyCell = (page: import("@playwright/test").Page) =>
  page.getByRole("region", { name: "Usage" }).locator("dt", { hasText: "Key" }).locator("xpath=following-sibling::dd");

test("asks for the access token once, then runs with the server's key or the user's own", async ({ page, context }) => {
  await page.goto(app.url);
  // A required token that is missing: the settings open by themselves.
  const token = page.getByLabel("Access token");
  await expect(token).toBeVisible();
  await page.screenshot({ path: "/tmp/proxy-settings-token.png" });

  await page.getByRole("textbox", { name: "Message 1" }).fill("Hello");
  await page.getByRole("button", { name: "Run" }).click();
  await expect(page.getByRole("region", { name: "Transcript" }).getByRole("alert")).toContainText(
    "requires an access token",
  );

  await token.fill(TOKEN);
  await page.getByRole("button", { name: "Run" }).click();
  await expect(page.getByRole("region", { name: "Transcript" })).toContainText("Hello there!");
  await expect(keyCell(page)).toHaveText("Server key");
  expect(upstream.requests.at(-1)!.headers["x-api-key"]).toBe(SERVER_KEY);

  // With the token given, the settings are a popover like any other: a press elsewhere (Run) closed them, and
  // Escape closes them with the focus still on the button that opened them.
  const keys = page.getByRole("button", { name: /^Keys/ });
  await expect(page.getByLabel("Your API key")).toBeHidden();
  await keys.click();
  await page.keyboard.press("Escape");
  await expect(page.getByLabel("Your API key")).toBeHidden();
  await expect(keys).toBeFocused();
  await keys.click();
  await page.getByLabel("Your API key").fill(USER_KEY);
  expect(await axeViolations(page), "the Keys popover").toEqual([]);
  await page.screenshot({ path: "/tmp/proxy-settings-key.png" });
  await page.getByRole("button", { name: "Run" }).click();
  await expect(keyCell(page)).toHaveText("Your key");
  expect(upstream.requests.at(-1)!.headers["x-api-key"]).toBe(USER_KEY);

  // Kept for the tab (session storage), not on the device, unless remembered.
  await page.reload();
  await page.getByRole("button", { name: /^Keys/ }).click();
  await expect(page.getByLabel("Your API key")).toHaveValue(USER_KEY);
  const other = await context.newPage();
  await other.goto(app.url);
  await expect(other.getByLabel("Access token")).toHaveValue("");
  await other.close();

  await page.getByLabel("Remember on this device").check();
  const third = await context.newPage();
  await third.goto(app.url);
  await third.getByRole("button", { name: /^Keys/ }).click();
  await expect(third.getByLabel("Your API key")).toHaveValue(USER_KEY);
  await third.close();

  // On the narrowest phone the popover spans the screen rather than hang off its edge.
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(page.getByRole("group", { name: "Keys and access" })).toBeVisible(); // still open from above
  await page.keyboard.press("Escape");
  await expect(page.getByRole("group", { name: "Keys and access" })).toBeHidden();
  await page.getByRole("button", { name: /^Keys/ }).click();
  const box = (await page.getByRole("group", { name: "Keys and access" }).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);

  // Nothing the server rendered or sent to the page holds the server's key.
  expect(await page.content()).not.toContain(SERVER_KEY);
  expect(app.output()).not.toContain(USER_KEY);
  expect(app.output()).not.toContain(SERVER_KEY);
});

// The panel opened by itself (the token is missing) hung over Run when Run had wrapped alone onto the header's
// second row (1280 px, and on a phone), so the token could be typed but Run not pressed. Where Keys starts the
// header's second row (1024, 1180 px) the panel must open rightwards, not off the page's left edge.
for (const width of [320, 1024, 1180, 1280, 1440]) {
  test(`at ${width} px, the Keys panel stays on the page and leaves Run to be pressed`, async ({ page }) => {
    await page.setViewportSize({ width, height: 720 });
    await page.goto(app.url);
    const panel = page.getByRole("group", { name: "Keys and access" });
    await expect(panel).toBeVisible();
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    for (const control of [
      page.getByRole("button", { name: "Run", exact: true }),
      page.getByRole("button", { name: /^Keys/ }),
    ]) {
      const other = (await control.boundingBox())!;
      const apart = other.x + other.width <= box.x || box.x + box.width <= other.x || other.y + other.height <= box.y;
      expect(apart, `${await control.textContent()} is clear of the panel`).toBe(true);
    }
    await page.getByRole("textbox", { name: "Message 1" }).fill("Hello");
    await page.getByLabel("Access token").fill(TOKEN);
    await page.getByRole("button", { name: "Run", exact: true }).click({ timeout: 5_000 });
    await expect(page.getByRole("region", { name: "Transcript" })).toContainText("Hello there!");
    if (width === 1024) await page.screenshot({ path: "/tmp/proxy-settings-1024.png" });
  });
}

test("the Keys panel, left open while the window narrows, moves to stay on the page", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(app.url);
  const panel = page.getByRole("group", { name: "Keys and access" });
  await expect(panel).toBeVisible();
  // At 1080 px, Keys goes to the start of the header's second row.
  await page.setViewportSize({ width: 1080, height: 720 });
  await expect.poll(async () => (await panel.boundingBox())!.x).toBeGreaterThanOrEqual(0);
  const box = (await panel.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(1080);
});
