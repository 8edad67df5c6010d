import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render";
import type { ConvertReply } from "./markdown.worker";

// The worker module run in node: `self` is a stand-in whose postMessage is the page.
const toPage: ConvertReply[] = [];
const scope = { postMessage: (reply: ConvertReply) => toPage.push(reply), onmessage: null as null | ((event: { data: unknown }) => void) };

beforeAll(async () => {
  vi.stubGlobal("self", scope);
  await import("./markdown.worker");
});
afterAll(() => vi.unstubAllGlobals());

const nextReply = async (count: number) => {
  await vi.waitFor(() => expect(toPage.length).toBeGreaterThanOrEqual(count));
  return toPage[count - 1];
};

describe("the Markdown worker", () => {
  it("answers the page's requests by id, in order", async () => {
    scope.onmessage!({ data: { id: 7, sources: ["**bold**", "# Title"] } });
    expect(await nextReply(1)).toEqual({ id: 7, html: [renderMarkdown("**bold**"), renderMarkdown("# Title")] });
  });

  it("converts what the stream worker sends on its port and gives it to the page with the sources (id 0)", async () => {
    const channel = new MessageChannel();
    scope.onmessage!({ data: { port: channel.port1 } });
    channel.port2.postMessage({ sources: ["- a\n- b", "<script>x</script>"] });
    const reply = await nextReply(2);
    expect(reply).toEqual({ id: 0, sources: ["- a\n- b", "<script>x</script>"], html: [renderMarkdown("- a\n- b"), renderMarkdown("<script>x</script>")] });
    expect(reply.html[1]).not.toContain("<script>");
    // The page asking for a segment the stream worker sent gets the same HTML.
    scope.onmessage!({ data: { id: 8, sources: ["- a\n- b"] } });
    expect(await nextReply(3)).toEqual({ id: 8, html: [reply.html[0]] });
    channel.port1.close();
    channel.port2.close();
  });
});
