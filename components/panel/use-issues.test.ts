import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_REQUEST } from "@/lib/store/request-slice";
import { modelLookup } from "@/lib/models/lookup";
import { NO_PROFILE } from "@/lib/models/profile";
import { issuesOf as issuesAgainst, loadValidator } from "@/lib/run/request-issues";
import { unwrittenMessage } from "./use-issues";

// The validator loads on demand (request-issues.ts): here, before any request is judged.
beforeAll(loadValidator);

const issuesOf = (request: Parameters<typeof issuesAgainst>[0]) => issuesAgainst(request, modelLookup(NO_PROFILE));

describe("unwrittenMessage", () => {
  it("marks an empty message as not written yet, and nothing else", () => {
    const request = {
      ...DEFAULT_REQUEST,
      messages: [
        { role: "user", content: "Hi" },
        { role: "assistant", content: [] },
        { role: "user", content: "" },
      ],
    };
    const issues = issuesOf(request);
    expect(issues.map((i) => i.path)).toEqual(["messages.1.content"]);
    expect(unwrittenMessage(issues[0], request)).toBe(1);
    expect(unwrittenMessage({ ...issues[0], path: "messages.2.content" }, request)).toBe(2);
    expect(unwrittenMessage({ ...issues[0], path: "messages.0.content" }, request)).toBeUndefined();
    const tooLarge = issuesOf({ ...request, max_tokens: 10_000_000 }).find((i) => i.path === "max_tokens")!;
    expect(unwrittenMessage(tooLarge, request)).toBeUndefined();
  });
});
