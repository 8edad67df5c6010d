// The Traffic view (#33): calls any client makes through the proxy appear live, open with their request and their
// reply drawn by the transcript, go back into the playground without running, and export; axe finds nothing.
import type { APIRequestContext, Page } from "@playwright/test";
import { axeViolations as violations } from "./axe";
import { test, expect } from "./fixtures";
import { editorJson } from "./request-editor-helpers";

const MODEL = "claude-sonnet-4-6";

// Every call this spec makes names it in its user-agent, and the view is filtered to them: calls other specs make at the
// same time (the server is shared) do not count.
const MINE = "traffic-e2e";

function call(request: APIRequestContext, ua: string, content: string, extra: Record<string, unknown> = {}) {
  return request.post("/api/v1/messages", {
    headers: { "user-agent": `${ua} ${MINE}`, "content-type": "application/json" },
    data: { model: MODEL, max_tokens: 1024, messages: [{ role: "user", content }], ...extra },
  });
}

async function openTraffic(page: Page) {
  await page.goto("/traffic");
  await expect(page.getByText("Live", { exact: true })).toBeVisible();
  await page.getByRole("textbox", { name: "Client" }).fill(MINE);
  // Other spec files' calls go through the same server, and the list shows them until the filter's answer comes: a
  // test that clicked the first row right after Filter once opened another file's call.
  const filtered = page.waitForResponse((response) => {
    const url = new URL(response.url());
    return url.pathname === "/api/traffic" && url.searchParams.get("client") === MINE;
  });
  await page.getByRole("button", { name: "Filter" }).click();
  await filtered;
  await expect(page.getByTestId("traffic-row").filter({ hasNot: page.locator(`[title*="${MINE}"]`) })).toHaveCount(0);
}

test.beforeEach(async ({ request }) => {
  expect((await request.delete("/api/traffic")).status()).toBe(204);
});

test("calls through the proxy appear live, filter, open with their reply, and export", async ({ page, request }) => {
  await openTraffic(page);
  const traffic = page.getByRole("region", { name: "Traffic" });
  await expect(traffic.getByText(/No calls yet/)).toBeVisible();

  // Made while the view is open: each shows without a reload.
  expect((await call(request, "raw-script/1.0", "Tell me about tides")).status()).toBe(200);
  expect((await call(request, "curl/8.5.0", "Stream me the moon", { stream: true })).status()).toBe(200);
  expect((await call(request, "raw-script/1.0", "x", { model: "claude-nope-1" })).status()).toBe(404);
  const rows = traffic.getByTestId("traffic-row");
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText("404");
  await expect(rows.nth(1)).toContainText("curl 8.5.0");
  await expect(page.getByTestId("traffic-total-calls")).toHaveText("3");

  // Filters.
  await page.getByRole("combobox", { name: "Status" }).selectOption("error");
  await expect(rows).toHaveCount(1);
  await page.getByRole("combobox", { name: "Status" }).selectOption("");
  await page.getByRole("textbox", { name: "Client" }).fill(`curl/8.5.0 ${MINE}`);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(rows).toHaveCount(1);
  await page.getByRole("textbox", { name: "Client" }).fill(MINE);
  await page.getByRole("searchbox", { name: "Search" }).fill("tides");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(/end_turn|max_tokens/);
  await page.getByRole("searchbox", { name: "Search" }).fill("");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(rows).toHaveCount(3);

  // The streamed call opened: its request, its reply drawn by the transcript, its events.
  await rows.nth(1).getByRole("button").click();
  const opened = page.getByRole("region", { name: /^Call of / });
  await expect(opened.getByRole("region", { name: "Recorded request" })).toContainText("Stream me the moon");
  const reply = opened.getByRole("group", { name: "Recorded reply" });
  await expect(reply.getByTestId("stop-reason")).toHaveText("end_turn");
  await expect(reply.getByText(/^Event inspector \(\d+ events\)/)).toBeVisible();
  await expect(opened).toContainText("curl/8.5.0");

  // Export of the selected calls.
  await page.getByRole("checkbox", { name: "Select all calls shown" }).check();
  const csv = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const csvText = await (await csv).createReadStream().then(async (stream) => {
    let text = "";
    for await (const chunk of stream) text += chunk;
    return text;
  });
  expect(csvText.trim().split("\r\n")).toHaveLength(4);
  const jsonl = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON Lines" }).click();
  const lines = await (await jsonl).createReadStream().then(async (stream) => {
    let text = "";
    for await (const chunk of stream) text += chunk;
    return text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
  });
  expect(lines.map((l) => l.status).sort()).toEqual([200, 200, 404]);
  expect(lines.find((l) => l.stream).response.kind).toBe("events");
});

test("Open in playground loads the request without running it; Compare opens it as variant 1 of 2", async ({
  page,
  request,
}) => {
  await call(request, "raw-script/1.0", "Open me in the playground", { temperature: 0.3 });
  await openTraffic(page);
  await page.getByTestId("traffic-row").first().getByRole("button").click();
  const opened = page.getByRole("region", { name: /^Call of / });
  await opened.getByRole("button", { name: "Open in playground" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("textbox", { name: "Message 1" })).toHaveValue("Open me in the playground");
  await expect.poll(async () => (await editorJson(page))?.temperature).toBe(0.3);
  // Nothing ran: the transcript is empty and no new call was recorded.
  await expect(page.getByRole("region", { name: "Transcript" }).getByTestId("stop-reason")).toHaveCount(0);
  expect(
    ((await (await request.get(`/api/traffic?client=${MINE}`)).json()) as { calls: unknown[] }).calls,
  ).toHaveLength(1);

  await openTraffic(page);
  await page.getByTestId("traffic-row").first().getByRole("button").click();
  await page
    .getByRole("region", { name: /^Call of / })
    .getByRole("button", { name: "Compare" })
    .click();
  await expect(page.getByRole("region", { name: "Variant 1" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Variant 2" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Message 1" })).toHaveValue("Open me in the playground");
});

for (const theme of ["Light", "Dark"] as const) {
  test(`${theme.toLowerCase()} theme: the Traffic view and an opened call have no axe violations, wide and on a phone`, async ({
    page,
    request,
  }) => {
    await call(request, "raw-script/1.0", "Accessible traffic", { stream: true });
    await call(request, "raw-script/1.0", "x", { model: "claude-nope-1" });
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await openTraffic(page);
      await page.getByRole("combobox", { name: "Theme" }).selectOption({ label: theme });
      await expect(page.getByTestId("traffic-row")).toHaveCount(2);
      expect(await violations(page), `list at ${width}`).toEqual([]);
      await page.getByTestId("traffic-row").nth(1).getByRole("button").click();
      await expect(page.getByRole("group", { name: "Recorded reply" }).getByTestId("stop-reason")).toBeVisible();
      expect(await violations(page), `opened call at ${width}`).toEqual([]);
    }
  });
}

test("the playground's header says the proxy records, and leads to the Traffic view", async ({ page }) => {
  await page.goto("/");
  const link = page.getByRole("link", { name: /^Traffic/ });
  await expect(link).toContainText("recording");
  await link.click();
  await expect(page.getByRole("region", { name: "Traffic" })).toBeVisible();
});
