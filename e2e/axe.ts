// axe-core run in the page itself. @axe-core/playwright evaluated axe's 550 KB source twice per analysis and brought
// back every rule's passing nodes too (docs/performance.md, "Session 50: axe scans without the wrapper"); here the
// source goes into a page once, and only the violations come back.
import axe from "axe-core";
import type { Page } from "@playwright/test";

type Axe = typeof axe;

/** axe-core's WCAG violations on the page as it is now, one line per element at fault. */
export async function axeViolations(page: Page): Promise<string[]> {
  // A page loaded again (a reload, a link followed) has lost it.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: Axe }).axe.run(
      // Monaco's own DOM (a view of the text with its own screen-reader mode) is not ours to fix.
      { exclude: [".monaco-editor"] },
      // The passing and inapplicable rules' nodes are not read: without this each scan copied them all out.
      { resultTypes: ["violations"] },
    );
    return violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(" ")}`));
  });
}
