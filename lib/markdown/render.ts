// Markdown → HTML for model output, which is untrusted. markdown-it with `html: false` escapes every tag
// the model writes (it shows as text), its link validator refuses javascript:, vbscript: and file: URLs,
// and images are replaced by a placeholder that names the URL without loading it. markdown-it was chosen
// over react-markdown because it renders a long reply many times faster (docs/performance.md).
import MarkdownIt from "markdown-it";
import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import css from "highlight.js/lib/languages/css";
import javascript from "highlight.js/lib/languages/javascript";
import json from "highlight.js/lib/languages/json";
import python from "highlight.js/lib/languages/python";
import typescript from "highlight.js/lib/languages/typescript";
import xml from "highlight.js/lib/languages/xml";
import { HIGHLIGHT_ATTRIBUTE } from "./code-highlighting";
import { CITE_MARK } from "./cited-text";

for (const [name, language] of Object.entries({ bash, css, javascript, json, python, typescript, xml }))
  hljs.registerLanguage(name, language);
hljs.registerAliases(["sh", "shell", "zsh"], { languageName: "bash" });
hljs.registerAliases(["js", "jsx"], { languageName: "javascript" });
hljs.registerAliases(["ts", "tsx"], { languageName: "typescript" });
hljs.registerAliases(["html", "svg"], { languageName: "xml" });
hljs.registerAliases(["py"], { languageName: "python" });

/** Longer code is left plain: highlighting it would be a long task for little gain. */
const MAX_HIGHLIGHT_CHARS = 20_000;

const md = new MarkdownIt({ html: false, linkify: true });
// Bare URLs are linked only with their scheme (https://…): finding bare domains (fuzzy links) was most of
// the cost of a paragraph, and takes file names such as "index.ts" for links.
md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
const escapeHtml = md.utils.escapeHtml;

md.renderer.rules.image = (tokens, index, options, env, self) => {
  const token = tokens[index];
  const alt = self.renderInlineAsText(token.children ?? [], options, env);
  const src = String(token.attrGet("src") ?? "");
  const label = `Image not loaded${alt ? `: ${alt}` : ""}`;
  return `<span class="md-blocked-image" role="img" aria-label="${escapeHtml(label)}" title="${escapeHtml(src)}">${escapeHtml(label)}${src ? ` <span class="md-blocked-src">(${escapeHtml(src)})</span>` : ""}</span>`;
};

const defaultLinkOpen =
  md.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
md.renderer.rules.link_open = (tokens, index, options, env, self) => {
  tokens[index].attrSet("target", "_blank");
  tokens[index].attrSet("rel", "noopener noreferrer nofollow");
  return defaultLinkOpen(tokens, index, options, env, self);
};

// Code is highlighted as it is converted only when asked; else it is marked with its language, to be highlighted
// when it comes into view (code-highlighting.ts says why).
const defaultFence = md.renderer.rules.fence!;
md.renderer.rules.fence = (tokens, index, options, env, self) => {
  const token = tokens[index];
  const language = md.utils.unescapeAll(token.info).trim().split(/\s+/)[0];
  if (language && hljs.getLanguage(language) && token.content.length <= MAX_HIGHLIGHT_CHARS) {
    if (!(env as RenderEnv | undefined)?.highlight) token.attrSet(HIGHLIGHT_ATTRIBUTE, language);
    else
      return `<pre><code class="${options.langPrefix}${escapeHtml(language)}">${highlightCode(token.content, language)}</code></pre>\n`;
  }
  return defaultFence(tokens, index, options, env, self);
};

// A cited answer's marks (cited-text.ts) become superscript numbers: in text, after inline parsing, so that Markdown
// around them (emphasis, links) parses as if they were not there. Anywhere else (code) they are left out.
md.core.ruler.push("citation_marks", (state) => {
  for (const block of state.tokens) {
    // Most text has no marks (every reply without citations): it is left as it is, with no new token lists.
    if (block.type !== "inline" || !block.children || !block.content.includes("\uE000")) continue;
    const children: typeof block.children = [];
    let linkDepth = 0;
    for (const token of block.children) {
      if (token.type === "link_open") {
        linkDepth++;
        // A claim that ends on a bare URL: linkify took its marks into the link's address.
        token.attrSet("href", String(token.attrGet("href") ?? "").replace(ENCODED_MARK, ""));
      }
      if (token.type === "link_close") linkDepth--;
      if (token.type === "code_inline") token.content = withoutMarks(token.content);
      if (token.type !== "text" || !token.content.includes("\uE000")) {
        children.push(token);
        continue;
      }
      let last = 0;
      for (const match of token.content.matchAll(CITE_MARK)) {
        if (match.index > last) children.push(textToken(token.content.slice(last, match.index)));
        const mark = new state.Token("citation_mark", "sup", 0);
        mark.meta = { number: Number(match[1]), inLink: linkDepth > 0 };
        children.push(mark);
        last = match.index + match[0].length;
      }
      if (last < token.content.length) children.push(textToken(token.content.slice(last)));
    }
    block.children = children;
  }
  function textToken(content: string) {
    const token = new state.Token("text", "", 0);
    token.content = content;
    return token;
  }
});
const withoutMarks = (text: string) => (text.includes("\uE000") ? text.replace(CITE_MARK, "") : text);
const ENCODED_MARK = /%EE%80%80\d{1,4}%EE%80%81/g;
md.renderer.rules.citation_mark = (tokens, index) => {
  const { number, inLink } = tokens[index].meta as { number: number; inLink: boolean };
  // A button, so that the keyboard reaches it too; the text's frame makes it lead to its entry (citation-list.tsx).
  // Inside a link (a cited bare URL) it stays text: controls do not nest.
  if (inLink) return `<sup class="md-cite" data-citation="${number}">[${number}]</sup>`;
  return `<sup><button type="button" class="md-cite" data-citation="${number}" aria-label="Citation ${number}">[${number}]</button></sup>`;
};
for (const rule of ["fence", "code_block"] as const) {
  const render = md.renderer.rules[rule]!;
  md.renderer.rules[rule] = (tokens, index, ...rest) => {
    tokens[index].content = withoutMarks(tokens[index].content);
    return render(tokens, index, ...rest);
  };
}

type RenderEnv = { highlight: boolean };

/** A code block's text as highlighted HTML (escaped by highlight.js), for a language the renderer marked; a language it
 * does not know gives the text escaped. */
export function highlightCode(code: string, language: string): string {
  return hljs.getLanguage(language) ? hljs.highlight(code, { language, ignoreIllegals: true }).value : escapeHtml(code);
}

/** The source as HTML; its code highlighted with `highlight`, else marked to be highlighted later. */
export function renderMarkdown(source: string, highlight = false): string {
  // Without the trailing newline, a streaming paragraph's text only ever grows (its textContent is a prefix
  // of the final one), which is what a reader, and a test, expects.
  const env: RenderEnv = { highlight };
  return md.render(source, env).trimEnd();
}
