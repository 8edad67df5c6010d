import type { Metadata } from "next";

// Shared links may hold confidential prompts: no search engine is to list them (next.config.js also sends
// X-Robots-Tag for /s/*, which covers clients that never parse the page).
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function SharedLinkLayout({ children }: { children: React.ReactNode }) {
  return children;
}
