import { expect, type Locator, type Page } from "@playwright/test";

import { parseIdInteger } from "../support/id-number";

/** /survei/[unit]/terima-kasih, shown after a stored answer. */
export class ThankYouPage {
  readonly heading: Locator;
  readonly respondents: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Penilaian Anda sudah terkirim" });
    this.respondents = page.getByText(/orang sudah menilai unit ini pada/);
  }

  async expectShownFor(unitSlug: string): Promise<void> {
    await expect(this.page).toHaveURL(new RegExp(`/survei/${unitSlug}/terima-kasih\\?tanda=`));
    await expect(this.heading).toBeVisible();
  }

  /** The "N orang sudah menilai unit ini" figure. */
  async respondentCount(): Promise<number> {
    const text = await this.respondents.innerText();
    const match = /^([\d.]+) orang/.exec(text.trim());
    if (!match) throw new Error(`No respondent count in "${text}"`);
    return parseIdInteger(match[1]!);
  }
}
