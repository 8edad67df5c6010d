// Variants in the whole store: the request slice's actions edit the selected variant, and "Same messages in all
// variants" keeps one conversation for all.
import { beforeEach, describe, expect, it } from "vitest";
import { usePlaygroundStore } from "./playground-store";
import { DEFAULT_REQUEST } from "./request-slice";
import { MAX_VARIANTS } from "./variants";
import { FIRST_VARIANT } from "./variants-slice";

const store = () => usePlaygroundStore.getState();
const ask = (content: string) => ({ ...DEFAULT_REQUEST, messages: [{ role: "user", content }] });

beforeEach(() => {
  usePlaygroundStore.setState({
    variants: [FIRST_VARIANT],
    selectedVariant: 0,
    sameMessages: true,
    request: DEFAULT_REQUEST,
    betas: [],
    jsonError: null,
    jsonDraft: null,
    runs: {},
    latestRunOf: {},
    activeRunId: null,
  });
});

describe("variants", () => {
  it("with one variant, the request slice's edits are that variant's, in one update each", () => {
    let updates = 0;
    const stop = usePlaygroundStore.subscribe(() => updates++);
    store().setField("temperature", 0.3);
    store().setBetas(["my-beta-1"]);
    stop();
    expect(updates).toBe(2);
    expect(store().variants).toHaveLength(1);
    expect(store().variants[0].request).toBe(store().request);
    expect(store().variants[0].betas).toBe(store().betas);
    expect(store().request.temperature).toBe(0.3);
  });

  it("adds a copy of the selected variant and selects it; edits then go to the copy alone", () => {
    store().setField("system", "Be brief.");
    store().addVariant();
    expect(store().variants).toHaveLength(2);
    expect(store().selectedVariant).toBe(1);
    expect(store().variants[1].request).toEqual(store().variants[0].request);
    expect(store().variants[1].id).not.toBe(store().variants[0].id);
    store().setField("system", "Be thorough.");
    store().setField("model", "claude-haiku-4-5");
    expect(store().variants[0].request).toMatchObject({ system: "Be brief.", model: DEFAULT_REQUEST.model });
    expect(store().variants[1].request).toMatchObject({ system: "Be thorough.", model: "claude-haiku-4-5" });
    store().selectVariant(0);
    expect(store().request.system).toBe("Be brief.");
  });

  it("shares one conversation while Same messages is on, and lets them part when it is off", () => {
    store().addVariant();
    store().addVariant();
    store().setMessageText(0, "Shared question");
    const messages = store().variants.map((v) => v.request.messages);
    expect(new Set(messages).size).toBe(1);
    expect(messages[0]).toEqual([{ role: "user", content: "Shared question" }]);
    // The JSON editor's whole-request replace shares its messages too.
    store().replaceRequest({ ...store().request, messages: [{ role: "user", content: "From the editor" }] });
    expect(store().variants[0].request.messages).toEqual([{ role: "user", content: "From the editor" }]);

    store().setSameMessages(false);
    store().setMessageText(0, "Only variant 3");
    expect(store().variants[2].request.messages).toEqual([{ role: "user", content: "Only variant 3" }]);
    expect(store().variants[0].request.messages).toEqual([{ role: "user", content: "From the editor" }]);

    // On again: every variant takes the selected one's conversation.
    store().setSameMessages(true);
    expect(store().variants.every((v) => v.request.messages === store().request.messages)).toBe(true);
    expect(store().variants[0].request.messages).toEqual([{ role: "user", content: "Only variant 3" }]);
  });

  it("removes, moves and renames, the selection following its variant", () => {
    store().setField("system", "one");
    store().addVariant();
    store().setField("system", "two");
    store().addVariant();
    store().setField("system", "three");
    store().renameVariant(2, "Third");
    store().moveVariant(2, 0);
    expect(store().variants.map((v) => v.request.system)).toEqual(["three", "one", "two"]);
    expect(store().selectedVariant).toBe(0);
    expect(store().variants[0].name).toBe("Third");
    store().removeVariant(0);
    expect(store().variants.map((v) => v.request.system)).toEqual(["one", "two"]);
    expect(store().request.system).toBe("one");
    store().removeVariant(1);
    store().removeVariant(0); // the last one stays
    expect(store().variants).toHaveLength(1);
  });

  it("adds no more than the maximum, and none while the JSON is invalid", () => {
    for (let i = 0; i < MAX_VARIANTS + 2; i++) store().addVariant();
    expect(store().variants).toHaveLength(MAX_VARIANTS);
    store().removeVariant(7);
    store().setJsonError("Unexpected end", "{");
    store().addVariant();
    store().selectVariant(0);
    expect(store().variants).toHaveLength(MAX_VARIANTS - 1);
    expect(store().selectedVariant).not.toBe(0);
  });

  it("opens a request as a comparison: variant 1 the request, variant 2 a copy, selected", () => {
    const request = { ...ask("Recorded question"), temperature: 0 };
    store().compareRequest(request, ["some-beta-1"]);
    expect(store().variants).toHaveLength(2);
    expect(store().variants[0]).toMatchObject({ request, betas: ["some-beta-1"] });
    expect(store().variants[1].request).toEqual(request);
    expect(store().variants[1].request.messages).toBe(store().variants[0].request.messages);
    expect(store().selectedVariant).toBe(1);
    expect(store().request).toBe(store().variants[1].request);
    expect(store().betas).toEqual(["some-beta-1"]);
  });

  it("shows the selected variant's latest run in the transcript", () => {
    store().addVariant();
    const [first, second] = store().variants;
    const sent = { request: ask("x"), betas: [] };
    store().addRun("run-1", { ...sent, variantId: first.id }, 1, false);
    store().addRun("run-2", { ...sent, variantId: second.id }, 2, true);
    expect(store().activeRunId).toBe("run-2");
    store().selectVariant(0);
    expect(store().activeRunId).toBe("run-1");
  });
});
