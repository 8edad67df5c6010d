"use client";

// Model output is untrusted: raw HTML in it shows as text (react-markdown's default without rehype-raw),
// links keep the default URL filter (no javascript:), and images are never loaded, only described.
import { memo } from "react";
import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import rehypeLowlight from "./rehype-lowlight";
import "./markdown.css";

const components: Components = {
  img: ({ src, alt }) => (
    <span className="md-blocked-image" role="img" aria-label={`Image not loaded${alt ? `: ${alt}` : ""}`} title={typeof src === "string" ? src : undefined}>
      🖼 Image not loaded{alt ? `: ${alt}` : ""}
      {typeof src === "string" && src ? <span className="md-blocked-src"> ({src})</span> : null}
    </span>
  ),
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow">
      {children}
    </a>
  ),
};

const remarkPlugins = [remarkGfm];
const rehypePlugins = [rehypeLowlight];

/** One top-level Markdown segment; memoized so finished segments never re-render. */
export const MarkdownSegment = memo(function MarkdownSegment({ source }: { source: string }) {
  return (
    <Markdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} components={components}>
      {source}
    </Markdown>
  );
});

export default function MarkdownSegments({ segments }: { segments: string[] }) {
  return (
    <div className="md">
      {segments.map((segment, index) => (
        <MarkdownSegment key={index} source={segment} />
      ))}
    </div>
  );
}
