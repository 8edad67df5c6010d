// The model picker's lifecycle, and an upstream profile (the brief's gateway) as the page lives it: its limits in
// the picker, the Max tokens field, validation and the context meter. Against the production server.
import path from "node:path";
import { startAppServer, type AppServer } from "@/lib/testing/app-server";
import { test, expect } from "./fixtures";

const EXAMPLE_PROFILE = path.resolve(__dirname, "../profiles/bytespike.json");

test("the picker groups models by lifecycle, shows a deprecated model's retirement, and still selects it", async ({
  page,
}) => {
  await page.goto("/");
  const model = page.getByRole("combobox", { name: "Model" });
  await expect(model.locator("optgroup").first()).toHaveAttribute("label", "Current");
  const groups = await model
    .locator("optgroup")
    .evaluateAll((list) =>
      list.map((g) => [(g as HTMLOptGroupElement).label, [...g.querySelectorAll("option")].map((o) => o.value)]),
    );
  expect(groups.map(([label]) => label)).toEqual(["Current", "Legacy", "Deprecated"]);
  expect(groups[0][1]).toEqual(["claude-fable-5-2", "claude-opus-5-5", "claude-sonnet-5-5", "claude-haiku-5-5"]);
  expect(groups[2][1]).toEqual(["claude-opus-4-5"]);

  await model.selectOption("claude-opus-4-5");
  await expect(model.locator("option:checked")).toHaveText("Claude Opus 4.5 (retires Jan 22, 2027)");
  await expect(page.getByTestId("model-lifecycle")).toHaveText(
    "Deprecated: retires Jan 22, 2027, when calls to it start failing.",
  );
  await expect(model).toHaveAccessibleDescription("Deprecated: retires Jan 22, 2027, when calls to it start failing.");
  // Selectable and usable: it runs on the simulator.
  await page.getByRole("textbox", { name: "Message 1" }).fill("Hello");
  await page.getByRole("button", { name: "Run" }).click();
  await expect(page.getByRole("region", { name: "Transcript" }).getByTestId("stop-reason")).toBeVisible();

  await model.selectOption("claude-opus-4-6");
  await expect(page.getByTestId("model-limits")).toHaveText("1M context · 128,000 max output · vision");
  await expect(page.getByTestId("model-lifecycle")).toHaveText("Legacy: still available, no longer updated.");
  await model.selectOption("claude-opus-5-5");
  await expect(page.getByTestId("model-lifecycle")).toHaveCount(0);
  // A model that thinks by default says so where thinking is left out of the request.
  const thinking = page.getByRole("combobox", { name: "Thinking", exact: true });
  await model.selectOption("claude-opus-5");
  await expect(thinking.locator("option:checked")).toHaveText("On by default");
  await model.selectOption("claude-opus-4-8");
  await expect(thinking.locator("option:checked")).toHaveText("Off (not sent)");
});

test.describe("with the brief's gateway profile", () => {
  let app: AppServer;
  test.beforeAll(async () => {
    // Any free port: the ones after E2E_PORT belong to other specs (usage.spec.ts) and other checkouts' runs.
    app = await startAppServer({
      PLAYGROUND_UPSTREAM: "simulator",
      SIMULATOR_PACING: "instant",
      PLAYGROUND_UPSTREAM_PROFILE: EXAMPLE_PROFILE,
    });
  });
  test.afterAll(async () => {
    await app?.stop();
  });

  test("the page takes the gateway's limits for Opus 4.6: picker, Max tokens, validation, context meter", async ({
    page,
  }) => {
    await page.goto(app.url);
    const model = page.getByRole("combobox", { name: "Model" });
    await model.selectOption("claude-opus-4-6");
    await expect(page.getByTestId("model-limits")).toHaveText(
      "200K context · 32,768 max output · vision (ByteSpike gateway)",
    );
    await page.getByRole("textbox", { name: "Message 1" }).fill("Hello");
    const maxTokens = page.getByRole("spinbutton", { name: "Max tokens" });
    await maxTokens.fill("40000");
    await expect(page.locator("#run-blocked-reason")).toHaveText(
      "max_tokens: 40000 > 32768, which is the maximum allowed number of output tokens for claude-opus-4-6",
    );
    await expect(page.getByRole("button", { name: "Run" })).toBeDisabled();
    await maxTokens.fill("32768");
    await expect(page.getByRole("button", { name: "Run" })).toBeEnabled();
    await expect(
      page.getByRole("region", { name: "Usage" }).getByRole("meter", { name: "Context window use" }),
    ).toHaveAttribute("aria-valuemax", "200000");
    // Switching to a model the profile leaves alone brings back Anthropic's limits.
    await model.selectOption("claude-sonnet-4-6");
    await expect(page.getByTestId("model-limits")).toHaveText("1M context · 128,000 max output · vision");
  });
});
