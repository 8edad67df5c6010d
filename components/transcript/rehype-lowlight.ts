// Highlights fenced code with lowlight and a handful of languages (not highlight.js's whole set, to keep
// the lazily loaded Markdown chunk small). Output is a syntax tree of spans: no HTML strings anywhere.
import { createLowlight } from "lowlight";
import bash from "highlight.js/lib/languages/bash";
import css from "highlight.js/lib/languages/css";
import javascript from "highlight.js/lib/languages/javascript";
import json from "highlight.js/lib/languages/json";
import python from "highlight.js/lib/languages/python";
import typescript from "highlight.js/lib/languages/typescript";
import xml from "highlight.js/lib/languages/xml";
import type { Element, ElementContent, Root } from "hast";

const lowlight = createLowlight({ bash, css, javascript, json, python, typescript, xml });
lowlight.registerAlias({ bash: ["sh", "shell", "zsh"], javascript: ["js", "jsx"], typescript: ["ts", "tsx"], xml: ["html"], python: ["py"] });

/** Longer code is left plain: highlighting it would cost a long task for little gain. */
const MAX_HIGHLIGHT_CHARS = 20_000;

function textOf(node: ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}

function visit(node: Root | Element, parent?: Element) {
  if (node.type === "element" && node.tagName === "code" && parent?.tagName === "pre") {
    const classes = (node.properties.className as string[] | undefined) ?? [];
    const language = classes.find((c) => c.startsWith("language-"))?.slice("language-".length);
    const code = node.children.map(textOf).join("");
    if (language && lowlight.registered(language) && code.length <= MAX_HIGHLIGHT_CHARS) {
      node.children = lowlight.highlight(language, code).children as ElementContent[];
      node.properties.className = [...classes, "hljs"];
    }
    return;
  }
  for (const child of node.children) if (child.type === "element") visit(child, node.type === "element" ? node : undefined);
}

export default function rehypeLowlight() {
  return (tree: Root) => visit(tree);
}
