import { describe, expect, it } from "vitest";
import { HIGHLIGHT_ATTRIBUTE } from "./code-highlighting";
import { highlightCode, renderMarkdown } from "./render";

describe("renderMarkdown (model output is untrusted)", () => {
  it("shows HTML as text, never as elements", () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\nInline <img src="http://evil.example/a.png" onerror="alert(2)"> and <iframe src="x"></iframe>',
    );
    expect(html).not.toMatch(/<(script|img|iframe|style)\b/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=&quot;");
    expect(html).toContain("onerror=&quot;alert(2)&quot;&gt;");
  });

  it("replaces images by a placeholder naming the URL, without loading it", () => {
    const html = renderMarkdown('![a "pixel"](http://evil.example/track.png) ![](data:image/png;base64,AAAA)');
    expect(html).not.toMatch(/<img\b/i);
    expect(html).toContain('aria-label="Image not loaded: a &quot;pixel&quot;"');
    expect(html).toContain("(http://evil.example/track.png)");
  });

  it("refuses script URLs in links and opens the others in a new tab", () => {
    const html = renderMarkdown("[x](javascript:alert(1)) [y](vbscript:msgbox) [ok](https://example.com)");
    expect(html).not.toMatch(/href="(javascript|vbscript)/i);
    expect(html).toContain('<a href="https://example.com" target="_blank" rel="noopener noreferrer nofollow">ok</a>');
  });

  it("renders GFM tables, and fenced code escaped, marked with its language when highlight.js knows it", () => {
    expect(renderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |")).toContain("<table>");
    expect(renderMarkdown('```ts {1}\nconst a: string = "<b>";\n```')).toBe(
      '<pre><code data-highlight="ts" class="language-ts">const a: string = &quot;&lt;b&gt;&quot;;\n</code></pre>',
    );
    expect(renderMarkdown("```unknown\n<b>\n```")).toBe('<pre><code class="language-unknown">&lt;b&gt;\n</code></pre>');
    expect(renderMarkdown("```\nplain\n```")).toBe("<pre><code>plain\n</code></pre>");
    expect(renderMarkdown(`\`\`\`ts\n${"x;\n".repeat(7_000)}\`\`\``)).not.toContain(HIGHLIGHT_ATTRIBUTE);
  });

  it("highlights the code as it converts when asked, escaping it", () => {
    const html = renderMarkdown('```ts\nconst a: string = "<b>";\n```', true);
    expect(html).toBe(
      `<pre><code class="language-ts">${highlightCode('const a: string = "<b>";\n', "ts")}</code></pre>`,
    );
    expect(html).toContain('<span class="hljs-keyword">const</span>');
    expect(html).toContain("&lt;b&gt;");
    expect(renderMarkdown("```unknown\n<b>\n```", true)).toBe(
      '<pre><code class="language-unknown">&lt;b&gt;\n</code></pre>',
    );
  });

  it("highlights a code block's text, escaping it; a language it does not know gives the text escaped", () => {
    const code = highlightCode('const a: string = "<b>";\n', "ts");
    expect(code).toContain('<span class="hljs-keyword">const</span>');
    expect(code).toContain("&lt;b&gt;");
    expect(code).not.toContain("<b>");
    expect(highlightCode("<b>", "nonsense")).toBe("&lt;b&gt;");
  });

  it("links URLs written with their scheme, not words that look like domains", () => {
    const html = renderMarkdown("See https://example.com/a, then edit index.ts or mail me@example.com.");
    expect(html).toContain('<a href="https://example.com/a"');
    expect(html).not.toContain('href="http://index.ts"');
    expect(html).not.toContain("mailto:");
  });
});
