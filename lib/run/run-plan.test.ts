import { beforeAll, describe, expect, it } from "vitest";
import { modelLookup } from "@/lib/models/lookup";
import { NO_PROFILE } from "@/lib/models/profile";
import { DEFAULT_REQUEST } from "@/lib/store/request-slice";
import type { Variant } from "@/lib/store/variants";
import { loadValidator } from "./request-issues";
import { MAX_CALLS, planBlocker, planRun, worstCaseOfPlan } from "./run-plan";

// The validator loads on demand (request-issues.ts): here, before any request is judged.
beforeAll(loadValidator);

const models = modelLookup(NO_PROFILE);
const variant = (id: string, system: string, content = "Tell me about {{topic}}."): Variant => ({
  id,
  name: "",
  request: { ...DEFAULT_REQUEST, system, messages: [{ role: "user", content }] },
  betas: [],
});
const cases = (...topics: string[]) => topics.map((topic, i) => ({ id: `c${i}`, values: { topic } }));

describe("planRun", () => {
  it("is one call of the request itself for one variant without variables, test cases or repeats", () => {
    const only = variant("a", "Be brief.", "Hi");
    const plan = planRun({ variants: [only], variableValues: {}, testCases: [], repeats: 1 });
    expect(plan.single).toBe(true);
    expect(plan.calls).toHaveLength(1);
    expect(plan.calls[0].request).toBe(only.request);
  });

  it("makes each case × repeat × variant a call, cases in order, each filled with its case's values", () => {
    const variants = [variant("a", "Brief"), variant("b", "Thorough")];
    const plan = planRun({ variants, variableValues: { topic: "default" }, testCases: cases("tides", ""), repeats: 2 });
    expect(plan.single).toBe(false);
    expect(plan.calls.map((c) => [c.testCase, c.repeat, c.variant])).toEqual([
      [0, 0, 0],
      [0, 0, 1],
      [0, 1, 0],
      [0, 1, 1],
      [1, 0, 0],
      [1, 0, 1],
      [1, 1, 0],
      [1, 1, 1],
    ]);
    const texts = plan.calls.map((c) => (c.request.messages[0] as { content: string }).content);
    // A case that leaves a value empty takes the Variables' value.
    expect(texts).toEqual([...Array(4).fill("Tell me about tides."), ...Array(4).fill("Tell me about default.")]);
    // The same filled request for each repeat: validated and estimated once.
    expect(plan.calls[0].request).toBe(plan.calls[2].request);
    expect(plan.calls[0].template).toBe(variants[0].request);
  });

  it("keeps the filled requests of the variants that did not change when one variant is edited", () => {
    const [a, b] = [variant("a", "Brief"), variant("b", "Thorough")];
    const input = { variableValues: { topic: "default" }, testCases: cases("tides", "moons"), repeats: 1 };
    const before = planRun({ ...input, variants: [a, b] });
    const edited = { ...a, request: { ...a.request, system: "Brief!" } };
    const after = planRun({ ...input, variants: [edited, b] });
    const requests = (plan: typeof before, index: number) =>
      plan.calls.filter((c) => c.variant === index).map((c) => c.request);
    // Variant b's calls are the very same objects: their checks and worst cases are not made again.
    expect(requests(after, 1)).toHaveLength(2);
    requests(after, 1).forEach((request, i) => expect(request).toBe(requests(before, 1)[i]));
    requests(after, 0).forEach((request) => expect(request.system).toBe("Brief!"));
    // A changed Variables value is new values for every case.
    const other = planRun({ ...input, variableValues: { topic: "other" }, variants: [edited, b] });
    expect(other.calls[1].request).not.toBe(after.calls[1].request);
  });
});

describe("planBlocker", () => {
  it("says which variable has no value, in the Variables or in which test case", () => {
    const variants = [variant("a", "x")];
    const none = planRun({ variants, variableValues: {}, testCases: [], repeats: 1 });
    expect(planBlocker(none, 0, models, null)).toEqual({
      reason: "Give {{topic}} a value to run",
      hint: true,
      target: { variable: "topic" },
    });
    const inCase = planRun({ variants, variableValues: {}, testCases: cases("tides", ""), repeats: 1 });
    expect(planBlocker(inCase, 0, models, null)).toMatchObject({
      reason: "Test case 2 has no value for {{topic}}",
      target: { variable: "topic", testCase: 1 },
    });
  });

  it("puts the selected variant's issue first, and names the variant of another's", () => {
    const broken = { ...variant("b", "x", "Hi"), name: "Sampling" };
    broken.request = { ...broken.request, temperature: 7 };
    const plan = planRun({
      variants: [variant("a", "x", "Hi"), broken],
      variableValues: {},
      testCases: [],
      repeats: 1,
    });
    const blocker = planBlocker(plan, 0, models, null);
    expect(blocker?.reason).toMatch(/^Sampling: .*temperature/);
    expect(blocker?.target).toEqual({ path: "temperature", variant: 1 });
    expect(planBlocker(plan, 0, models, "Unexpected token")).toMatchObject({ target: { json: true } });
  });

  it("refuses more calls than a run may make", () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ id: `c${i}`, values: { topic: "x" } }));
    const variants = Array.from({ length: 8 }, (_, i) => variant(`v${i}`, "x"));
    const plan = planRun({ variants, variableValues: {}, testCases: many, repeats: 3 });
    expect(plan.calls).toHaveLength(0);
    expect(planBlocker(plan, 0, models, null)?.reason).toContain(MAX_CALLS.toLocaleString("en-US"));
  });
});

describe("worstCaseOfPlan", () => {
  it("adds up every call's worst case, and counts the calls without a known price", () => {
    const priced = variant("a", "x");
    const unpriced = { ...variant("b", "x"), request: { ...variant("b", "x").request, model: "gateway-only-model" } };
    const one = worstCaseOfPlan(
      planRun({ variants: [priced], variableValues: { topic: "t" }, testCases: [], repeats: 1 }),
      models,
    );
    const plan = planRun({ variants: [priced, unpriced], variableValues: { topic: "t" }, testCases: [], repeats: 3 });
    const worst = worstCaseOfPlan(plan, models);
    expect(worst.usd).toBeCloseTo(one.usd * 3, 10);
    expect(worst.unknownCalls).toBe(3);
    expect(one.usd).toBeGreaterThan(0);
  });
});
