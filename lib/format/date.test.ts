import { describe, expect, it } from "vitest";
import { formatCallTime, formatDateTime } from "./date";

describe("dates as the page shows them", () => {
  const at = new Date(2026, 11, 1, 11, 42, 7).getTime();

  it("gives a call's start to the second, with its day", () => {
    const shown = formatCallTime(at);
    expect(shown).toMatch(/42\D07/);
    expect(shown).toContain("1");
    expect(shown).not.toContain("2026"); // the year is noise in a history of recent calls
  });

  it("gives when a preset was used to the minute, without the seconds", () => {
    const shown = formatDateTime(at);
    expect(shown).toMatch(/11\D42/);
    expect(shown).not.toMatch(/42\D07/);
  });
});
