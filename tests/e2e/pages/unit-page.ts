import { expect, type Locator, type Page } from "@playwright/test";

import { parseIdInteger } from "../support/id-number";

/** A unit's public results, /unit/[unit], for the current survey period. */
export class UnitPage {
  readonly ikmFigure: Locator;
  readonly respondentsFigure: Locator;
  readonly noAnswersYet: Locator;

  constructor(readonly page: Page) {
    this.ikmFigure = page.locator('dt:text-is("Indeks Kepuasan Masyarakat (IKM)") + dd');
    this.respondentsFigure = page.locator('dt:text-is("Responden") + dd');
    this.noAnswersYet = page.getByText(/^Belum ada penilaian untuk unit ini pada /);
  }

  async open(unitSlug: string): Promise<void> {
    await this.page.goto(`/unit/${unitSlug}`);
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  /** The respondents shown for the current period; 0 when the page says nobody has answered. */
  async respondentCount(): Promise<number> {
    await expect(this.respondentsFigure.or(this.noAnswersYet)).toBeVisible();
    if (await this.noAnswersYet.isVisible()) return 0;
    return parseIdInteger((await this.respondentsFigure.innerText()).trim());
  }

  /** The IKM as written on the page, e.g. "81,25". */
  ikmValue(text: string): Locator {
    return this.ikmFigure.getByText(text, { exact: true });
  }
}
