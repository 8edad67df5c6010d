import { describe, expect, it } from "vitest";
import { MODELS } from "./catalogue";
import { mergeModels, parseUpstreamModels } from "./merge-upstream";

describe("mergeModels", () => {
  const upstream = parseUpstreamModels({
    data: [
      { type: "model", id: "claude-future-9", display_name: "Claude Future 9" },
      { type: "model", id: MODELS[0].id, display_name: "x" },
      { type: "model" },
    ],
  });

  it("keeps the catalogue, adds the upstream's unknown models without limits", () => {
    const merged = mergeModels(MODELS, upstream);
    expect(merged.slice(0, MODELS.length).map((m) => m.id)).toEqual(MODELS.map((m) => m.id));
    expect(merged[0]).toMatchObject({ info: MODELS[0], upstream: true, label: MODELS[0].label });
    expect(merged.at(-1)).toEqual({ id: "claude-future-9", label: "Claude Future 9", upstream: true });
  });

  it("always offers the current model, even one nobody lists", () => {
    expect(mergeModels(MODELS, [], "typed-by-hand").at(-1)).toEqual({
      id: "typed-by-hand",
      label: "typed-by-hand",
      upstream: false,
    });
    expect(mergeModels(MODELS, [], MODELS[1].id)).toHaveLength(MODELS.length);
  });

  it("reads malformed bodies as an empty list", () => {
    expect(parseUpstreamModels(null)).toEqual([]);
    expect(parseUpstreamModels({ data: "no" })).toEqual([]);
  });
});
