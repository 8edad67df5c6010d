import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { highlightCode, renderMarkdown } from "@/lib/markdown/render";
import { WARM_UP_ROUNDS } from "@/lib/markdown/warm-up";
import type { ConvertReply } from "./markdown.worker";

// Conversions counted, the warm-up's among them.
const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/markdown/render", async (importActual) => {
  const actual = await importActual<typeof import("@/lib/markdown/render")>();
  return {
    ...actual,
    renderMarkdown: (...args: Parameters<typeof actual.renderMarkdown>) => {
      renders.count++;
      return actual.renderMarkdown(...args);
    },
  };
});

// The worker module run in node: `self` is a stand-in whose postMessage is the page.
const toPage: ConvertReply[] = [];
const scope = {
  postMessage: (reply: ConvertReply) => toPage.push(reply),
  onmessage: null as null | ((event: { data: unknown }) => void),
};

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
    expect(reply).toEqual({
      id: 0,
      sources: ["- a\n- b", "<script>x</script>"],
      html: [renderMarkdown("- a\n- b"), renderMarkdown("<script>x</script>")],
    });
    expect(reply.html[1]).not.toContain("<script>");
    // The page asking for a segment the stream worker sent gets the same HTML.
    scope.onmessage!({ data: { id: 8, sources: ["- a\n- b"] } });
    expect(await nextReply(4)).toEqual({ id: 8, html: [reply.html[0]] });
    channel.port1.close();
    channel.port2.close();
  });

  it("converts code plain, and highlights the code the page asks for (as it comes into view), by id", async () => {
    scope.onmessage!({ data: { id: 9, sources: ['```ts\nconst a = "<b>";\n```'] } });
    expect((await nextReply(5)).html[0]).toBe(
      '<pre><code data-highlight="ts" class="language-ts">const a = &quot;&lt;b&gt;&quot;;\n</code></pre>',
    );
    scope.onmessage!({
      data: {
        id: 10,
        code: [
          { text: 'const a = "<b>";\n', language: "ts" },
          { text: "x = 1\n", language: "python" },
        ],
      },
    });
    const reply = await nextReply(6);
    expect(reply).toEqual({
      id: 10,
      html: [highlightCode('const a = "<b>";\n', "ts"), highlightCode("x = 1\n", "python")],
    });
    expect(reply.html[0]).toContain('<span class="hljs-keyword">const</span>');
    expect(reply.html[0]).toContain("&lt;b&gt;");
  });

  it("converts the last segments of a batch with their code highlighted when asked (the end of a reply)", async () => {
    const code = (n: number) => `\`\`\`python\nx = ${n}\n\`\`\``;
    scope.onmessage!({ data: { id: 11, sources: [code(1), code(2), code(3)], highlightLast: 2 } });
    const { html } = await nextReply(7);
    expect(html).toEqual([renderMarkdown(code(1)), renderMarkdown(code(2), true), renderMarkdown(code(3), true)]);
    expect(html[0]).toContain('data-highlight="python"');
    expect(html[2]).toContain('<span class="hljs-number">3</span>');
    expect(html[2]).not.toContain("data-highlight");
    // Once highlighted, a segment stays so when asked for again plainly.
    scope.onmessage!({ data: { id: 12, sources: [code(3)] } });
    expect((await nextReply(8)).html).toEqual([html[2]]);
  });
});
