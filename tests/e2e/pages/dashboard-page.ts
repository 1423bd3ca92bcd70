import { expect, type Locator, type Page } from "@playwright/test";

import { parseIdInteger } from "../support/id-number";

/** An official's dashboard: /dasbor, /dasbor/opd/[agency] or /dasbor/unit/[unit]. */
export class DashboardPage {
  readonly heading: Locator;
  readonly signedInAs: Locator;
  readonly signOutButton: Locator;
  readonly ikmFigure: Locator;
  readonly respondentsFigure: Locator;
  readonly sampleSection: Locator;
  readonly estimatesSection: Locator;
  readonly saveEstimatesButton: Locator;
  readonly estimatesSaved: Locator;
  /** The sentence saying which yearly estimate the minimum sample uses now. */
  readonly estimateBasis: Locator;
  readonly unitsTable: Locator;
  readonly shortfallTable: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.signedInAs = page.getByText(/^Masuk sebagai /);
    this.signOutButton = page.getByRole("button", { name: "Keluar", exact: true });
    this.ikmFigure = page.locator('dt:text-is("Indeks Kepuasan Masyarakat (IKM)") + dd');
    this.respondentsFigure = page.locator('dt:text-is("Responden") + dd');
    this.sampleSection = page.getByRole("region", { name: "Responden dan jumlah minimal" });
    this.estimatesSection = page.getByRole("region", {
      name: "Perkiraan jumlah pengguna per tahun",
    });
    this.saveEstimatesButton = this.estimatesSection.getByRole("button", {
      name: "Simpan perkiraan",
    });
    this.estimatesSaved = this.estimatesSection.getByRole("status").filter({
      hasText: /^(Tersimpan|Tidak ada angka yang berubah)/,
    });
    this.estimateBasis = this.estimatesSection.getByText(/^(Sampel minimum sekarang|Belum ada)/);
    this.unitsTable = page.getByRole("table", { name: /^Peringkat unit / });
    this.shortfallTable = page.getByRole("table", {
      name: /^Unit yang belum mencapai jumlah responden minimal/,
    });
  }

  /** Opens a dashboard address and checks that it is the dashboard of that scope. */
  async open(path: string, scopeName?: string): Promise<void> {
    await this.page.goto(path);
    await this.expectScope(scopeName);
  }

  async expectScope(scopeName?: string): Promise<void> {
    await expect(this.heading).toHaveText(scopeName ? `Dasbor ${scopeName}` : /^Dasbor /);
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
  }

  /** The IKM as written on the page, e.g. "81,25". */
  async ikmText(): Promise<string> {
    const text = await this.ikmFigure.first().innerText();
    const match = /\d{2,3},\d{2}/.exec(text);
    if (!match) throw new Error(`No IKM in "${text}"`);
    return match[0];
  }

  /** The survey period the dashboard shows, as chosen in its filters. */
  async periodName(): Promise<string> {
    return (
      await this.page.getByLabel("Periode survei").locator("option:checked").innerText()
    ).trim();
  }

  /** The minimum sample of a unit's dashboard, in its sample note; null while unknown. */
  async minimumSample(): Promise<number | null> {
    const text = await this.sampleSection.innerText();
    const match = /paling sedikit ([\d.]+) responden|minimal \(([\d.]+) orang\)/.exec(text);
    if (match) return parseIdInteger((match[1] ?? match[2])!);
    if (text.includes("jumlah responden minimal belum bisa dihitung")) return null;
    throw new Error(`No minimum sample in "${text}"`);
  }

  /** The unit's own yearly estimate as the estimates form names it, e.g. "9.119". */
  async unitEstimateText(): Promise<string> {
    const text = await this.estimateBasis.innerText();
    const match = /perkiraan unit, ([\d.]+) orang per tahun/.exec(text);
    if (!match) throw new Error(`No unit estimate in "${text}"`);
    return match[1]!;
  }

  /** How many pixels of a table lie beyond the right edge of its box (0 when it fits). */
  async overflowOf(table: Locator): Promise<number> {
    return table.evaluate((element) => {
      const box = element.closest("[role=region]") ?? element.parentElement!;
      return element.getBoundingClientRect().right - box.getBoundingClientRect().right;
    });
  }

  async respondentCount(): Promise<number> {
    return parseIdInteger((await this.respondentsFigure.first().innerText()).trim());
  }

  /** A service's yearly estimate field in the estimates form, found by the service's name. */
  estimate(serviceName: string): Locator {
    return this.estimatesSection.getByRole("textbox", { name: serviceName, exact: true });
  }

  /** Every service's estimate field, in the form's order. */
  estimateFields(): Locator {
    return this.estimatesSection.getByRole("textbox");
  }

  async estimateValues(): Promise<string[]> {
    const fields = await this.estimateFields().all();
    return Promise.all(fields.map((field) => field.inputValue()));
  }

  async fillEstimates(values: ReadonlyArray<string>): Promise<void> {
    const fields = await this.estimateFields().all();
    expect(fields).toHaveLength(values.length);
    for (const [index, field] of fields.entries()) await field.fill(values[index]!);
  }
}
