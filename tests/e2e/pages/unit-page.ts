import { expect, type Locator, type Page } from "@playwright/test";

import { NATIONAL_ELEMENTS } from "@/db/seed/questionnaire";

import type { Tally } from "../support/answers";
import { parseIdInteger } from "../support/id-number";

/** A unit's public results, /unit/[unit], for the current survey period. */
export class UnitPage {
  readonly ikmFigure: Locator;
  readonly respondentsFigure: Locator;
  readonly noAnswersYet: Locator;
  readonly elementTable: Locator;

  constructor(readonly page: Page) {
    this.ikmFigure = page.locator('dt:text-is("Indeks Kepuasan Masyarakat (IKM)") + dd');
    this.respondentsFigure = page.locator('dt:text-is("Responden") + dd');
    this.noAnswersYet = page.getByText(/^Belum ada penilaian untuk unit ini pada /);
    this.elementTable = page.getByRole("table", { name: "Nilai tiap unsur pelayanan" });
  }

  async open(unitSlug: string, periodSlug?: string): Promise<void> {
    const query = periodSlug ? `?periode=${periodSlug}` : "";
    await this.page.goto(`/unit/${unitSlug}${query}`);
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

  /**
   * Each element's sum of scores and count of answers for the current period, read from the
   * element table (its first two figure columns); none before any answer.
   */
  async elementTallies(): Promise<Tally[]> {
    if ((await this.respondentCount()) === 0) return [];
    const rows = await this.elementTable.locator("tbody tr").all();
    return Promise.all(
      rows.map(async (row) => {
        const name = (await row.getByRole("rowheader").innerText()).split("\n")[0]!.trim();
        const element = NATIONAL_ELEMENTS.find((candidate) => candidate.name === name);
        if (!element) throw new Error(`No element named "${name}"`);
        // The sum and answers columns, hidden on phones (their figures go under the name).
        const [sum, count] = await row
          .locator("td")
          .evaluateAll((cells) => cells.slice(0, 2).map((cell) => cell.textContent ?? ""));
        return {
          code: element.code,
          sum: parseIdInteger(sum!.trim()),
          count: parseIdInteger(count!.trim()),
        };
      }),
    );
  }
}
