import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** No axe-core violation of WCAG 2.1 A and AA; failures list each rule with its elements. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const found = violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    elements: violation.nodes.map((node) => node.target.join(" ")),
  }));
  expect(found).toEqual([]);
}

/** At 320 CSS px the page reflows: the document never scrolls sideways. */
export async function expectReflowAt320(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 640 });
  // Charts resize on their own after the viewport changes: wait for the layout to settle.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const root = document.documentElement;
        return root.scrollWidth - root.clientWidth;
      }),
    )
    .toBeLessThanOrEqual(0);
}
