import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the standard the README's statement claims. */
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The colour schemes the style sheet has; every state is checked in each. */
const SCHEMES = ["light", "dark"] as const;

/**
 * Asserts that the page as it stands (one state of a flow, named by `state`) has no WCAG 2.2 AA
 * violation that axe can find, in the light and the dark scheme. The scheme is switched in place,
 * so a state reached by several steps is checked without being reached again; the page is left
 * in the scheme it had.
 */
export async function expectAccessible(page: Page, state: string) {
  const found: string[] = [];
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    for (const violation of results.violations) {
      const where = violation.nodes.map((node) => `    ${node.target.join(" ")}: ${node.failureSummary}`);
      found.push(`${scheme}: ${violation.id} (${violation.help})\n${where.join("\n")}`);
    }
  }
  await page.emulateMedia({ colorScheme: null });
  expect(found, `WCAG 2.2 AA violations in "${state}" (${page.url()})`).toEqual([]);
}
