import { describe, expect, it } from "vitest";
import { convertedHtml, isConverted, keepConverted } from "./converted";

describe("the page's Markdown conversions", () => {
  it("keeps HTML by source, and lets the oldest go beyond its limit", () => {
    keepConverted("**a**", "<p><strong>a</strong></p>");
    expect(convertedHtml("**a**")).toBe("<p><strong>a</strong></p>");
    expect(isConverted("*b*")).toBe(false);
    for (let i = 0; i < 25_000; i++) keepConverted(`segment ${i}`, `<p>segment ${i}</p>`);
    expect(isConverted("**a**")).toBe(false);
    expect(isConverted("segment 24999")).toBe(true);
    expect(isConverted("segment 0")).toBe(false);
  });

  it("counts a source kept again as new, so a reply in use is not the first to go", () => {
    keepConverted("kept", "<p>kept</p>");
    for (let i = 0; i < 19_000; i++) keepConverted(`filler ${i}`, "");
    keepConverted("kept", "<p>kept</p>");
    for (let i = 0; i < 5_000; i++) keepConverted(`more ${i}`, "");
    expect(convertedHtml("kept")).toBe("<p>kept</p>");
  });
});
