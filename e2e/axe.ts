import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** axe-core's WCAG violations on the page as it is now, one line per element at fault. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    // Monaco's own DOM (a view of the text with its own screen-reader mode) is not ours to fix.
    .exclude(".monaco-editor")
    // axe.run in the page itself: the default opens a blank page for each analysis to combine the results of
    // cross-origin frames, which the app has none of, at the cost of a page per analysis.
    .setLegacyMode(true)
    .analyze();
  return violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(" ")}`));
}
