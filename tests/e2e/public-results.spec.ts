import { expect, type Locator, type Page, test } from "@playwright/test";

import { HomePage } from "./pages/home-page";
import { UnitPage } from "./pages/unit-page";

// Phones first: the figures that matter fit at 360 px, without sideways scrolling.
test.use({ viewport: { width: 360, height: 640 } });

async function expectInsideViewport(page: Page, locator: Locator): Promise<void> {
  // Phones and wide screens each have their own copy of some figures: measure the shown one.
  const box = await locator.filter({ visible: true }).boundingBox();
  const width = page.viewportSize()!.width;
  expect(box, "the element is on the page").not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
}

async function expectNoSidewaysScroll(region: Locator): Promise<void> {
  const overflow = await region.evaluate((box) => box.scrollWidth - box.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("the ranking shows each unit's IKM, grade and respondents within a phone's width", async ({
      page,
    }) => {
      await page.goto("/peringkat");
      const table = page.getByRole("table", { name: /^Peringkat unit layanan Provinsi NTB/ });
      const firstRow = table.locator("tbody tr").first();

      await expectNoSidewaysScroll(page.getByRole("region", { name: /^Peringkat unit layanan/ }));
      await expectInsideViewport(page, firstRow.getByText(/^\d+,\d\d$/));
      await expectInsideViewport(page, firstRow.getByText(/^[ABCD] – /));
      await expectInsideViewport(page, firstRow.getByText(/^[\d.]+ responden/));
    });

    test("a unit clicked in the ranking shows the same figures, for the same period", async ({
      page,
    }) => {
      await page.goto("/peringkat?urut=nama&arah=naik");
      const row = page.getByRole("table").locator("tbody tr").first();
      const ikm = (await row.getByText(/^\d+,\d\d$/).innerText()).trim();
      const link = row.getByRole("link");
      const name = (await link.innerText()).trim();

      await expect(link).toHaveAttribute("href", /\?periode=\d{4}-triwulan-[1-4]$/);
      await link.click();

      await expect(page).toHaveURL(/\/unit\/[a-z0-9-]+\?periode=\d{4}-triwulan-[1-4]$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
      await expect(new UnitPage(page).ikmValue(ikm)).toBeVisible();
    });

    test("a unit's element table shows every value and grade within a phone's width", async ({
      page,
    }) => {
      const unit = new UnitPage(page);
      await unit.open("samsat-mataram");

      await expectNoSidewaysScroll(page.getByRole("region", { name: "Tabel nilai tiap unsur" }));
      const rows = await unit.elementTable.locator("tbody tr").all();
      expect(rows).toHaveLength(9);
      for (const row of rows) {
        await expectInsideViewport(page, row.getByText(/^\d+,\d\d$/));
        await expectInsideViewport(page, row.getByText(/^[ABCD] – /));
      }
      expect(await unit.elementTallies()).toHaveLength(9);
    });

    test("the search finds units by city, service and with a typo", async ({ page }) => {
      const home = new HomePage(page);
      await home.open();
      await expect(page.getByText(/kabupaten\/kota, atau layanan/)).toBeVisible();

      await home.search("lotim");
      await expect(home.surveyLinkOf("Kantor Bersama Samsat Lombok Timur")).toBeVisible();

      await home.search("pajak kendaraan");
      await expect(home.surveyLinkOf("Kantor Bersama Samsat Mataram")).toBeVisible();

      await home.search("samsat mtaram");
      await expect(page.getByRole("heading", { level: 3 }).first()).toHaveText(
        "Kantor Bersama Samsat Mataram",
      );
    });

    test("every unit a search finds can be reached through the result pages", async ({ page }) => {
      const home = new HomePage(page);
      await home.open();
      await home.search("kota mataram");
      await expect(home.searchSummary).toHaveText(
        "37 unit cocok dengan “kota mataram”; ditampilkan unit 1–20.",
      );
      await expect(home.resultNames).toHaveCount(20);
      const firstPage = await home.resultNames.allInnerTexts();

      await home.resultPages.getByRole("link", { name: "Berikutnya" }).click();
      await expect(page).toHaveURL(/[?&]halaman=2/);
      await expect(home.searchSummary).toHaveText(
        "37 unit cocok dengan “kota mataram”; ditampilkan unit 21–37.",
      );
      await expect(home.resultNames).toHaveCount(17);
      const secondPage = await home.resultNames.allInnerTexts();
      expect(new Set([...firstPage, ...secondPage]).size).toBe(37);
      await expect(home.resultPages.locator("[aria-current=page]")).toHaveText("Halaman 2");

      await home.resultPages.getByRole("link", { name: "Halaman 1" }).click();
      await expect(home.resultNames).toHaveCount(20);
    });

    test("a very long query is cut and shown back without widening the page", async ({ page }) => {
      await page.goto(`/?q=${"samsat".repeat(50)}`);

      await expect(new HomePage(page).searchSummary).toContainText("…”");
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}
