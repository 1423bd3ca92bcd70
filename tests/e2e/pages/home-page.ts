import { expect, type Locator, type Page } from "@playwright/test";

/** The home page, with its unit search (a plain GET form to /?q=). */
export class HomePage {
  readonly searchBox: Locator;
  readonly searchButton: Locator;
  readonly searchSummary: Locator;
  /** The names of the units found, on the page shown. */
  readonly resultNames: Locator;
  readonly resultPages: Locator;

  constructor(readonly page: Page) {
    this.searchBox = page.getByRole("searchbox", { name: "Cari unit layanan" });
    this.searchButton = page.getByRole("button", { name: "Cari", exact: true });
    const results = page.getByRole("region", { name: "Hasil pencarian" });
    this.searchSummary = results.getByRole("status");
    this.resultNames = results.getByRole("heading", { level: 3 });
    this.resultPages = page.getByRole("navigation", { name: "Halaman hasil pencarian" });
  }

  async open(): Promise<void> {
    await this.page.goto("/");
  }

  async search(words: string): Promise<void> {
    await this.searchBox.fill(words);
    await this.searchButton.click();
    await expect(this.page).toHaveURL(/[?&]q=/);
  }

  /** "Isi survei" of one unit in the results; its accessible name carries the unit's name. */
  surveyLinkOf(unitName: string): Locator {
    return this.page.getByRole("link", { name: `Isi survei ${unitName}`, exact: true });
  }
}
