import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render";
import { WARM_UP_ROUNDS } from "@/lib/markdown/warm-up";
import type { ConvertReply } from "./markdown.worker";

// Conversions counted, the warm-up's among them.
const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/markdown/render", async (importActual) => {
  const actual = await importActual<typeof import("@/lib/markdown/render")>();
  return {
    ...actual,
    renderMarkdown: (source: string) => {
      renders.count++;
      return actual.renderMarkdown(source);
    },
  };
});

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
  it("answers a request that comes while it warms up between two slices of it, and then stops warming up", async () => {
    setTimeout(() => scope.onmessage!({ data: { id: 6, sources: ["*soon*"] } }));
    const reply = await nextReply(1);
    const rendersAtReply = renders.count;
    expect(rendersAtReply).toBeLessThan(WARM_UP_ROUNDS); // a seventh of the warm-up at most: it had not finished
    expect(reply).toEqual({ id: 6, html: [renderMarkdown("*soon*")] });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(renders.count).toBe(rendersAtReply + 1); // the one render of this test's expectation
  });

  it("answers the page's requests by id, in order", async () => {
    scope.onmessage!({ data: { id: 7, sources: ["**bold**", "# Title"] } });
    expect(await nextReply(2)).toEqual({ id: 7, html: [renderMarkdown("**bold**"), renderMarkdown("# Title")] });
  });

  it("converts what the stream worker sends on its port and gives it to the page with the sources (id 0)", async () => {
    const channel = new MessageChannel();
    scope.onmessage!({ data: { port: channel.port1 } });
    channel.port2.postMessage({ sources: ["- a\n- b", "<script>x</script>"] });
    const reply = await nextReply(3);
    expect(reply).toEqual({ id: 0, sources: ["- a\n- b", "<script>x</script>"], html: [renderMarkdown("- a\n- b"), renderMarkdown("<script>x</script>")] });
    expect(reply.html[1]).not.toContain("<script>");
    // The page asking for a segment the stream worker sent gets the same HTML.
    scope.onmessage!({ data: { id: 8, sources: ["- a\n- b"] } });
    expect(await nextReply(4)).toEqual({ id: 8, html: [reply.html[0]] });
    channel.port1.close();
    channel.port2.close();
  });
});
