// The page's Markdown conversions, by source: filled as segments come back converted (markdown-converter.ts)
// and read by the views. A view made again (Raw and back, a second view of the same reply) finds its HTML here
// instead of converting again.

/** Entries kept at most: a few long replies' worth. The oldest go first. */
const LIMIT = 20_000;

const bySource = new Map<string, string>();

export function convertedHtml(source: string): string | undefined {
  return bySource.get(source);
}

export function isConverted(source: string): boolean {
  return bySource.has(source);
}

export function keepConverted(source: string, html: string): void {
  bySource.delete(source); // re-inserted: now the newest
  bySource.set(source, html);
  if (bySource.size > LIMIT) {
    for (const oldest of bySource.keys()) {
      bySource.delete(oldest);
      if (bySource.size <= LIMIT * 0.9) break;
    }
  }
}
