import { expect, test } from "@playwright/test";

import { DashboardPage } from "./pages/dashboard-page";
import { PROVINSI, signInAs } from "./support/officials";

// The filter form's address is shared between officials: it holds only what was chosen.

const EMPTY_PARAMETER = /[?&][a-z]+=(&|$)/;

for (const javaScriptEnabled of [false, true]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("the filters lead to an address without the fields left empty", async ({ page }) => {
      await signInAs(page, PROVINSI);
      const dashboard = new DashboardPage(page);
      await dashboard.open("/dasbor", PROVINSI.scopeName);
      const period = await page.getByLabel("Periode survei").inputValue();
      const asked: string[] = [];
      page.on("request", (request) => {
        if (new URL(request.url()).pathname === "/dasbor") asked.push(request.url());
      });

      await page
        .getByLabel("Unit layanan")
        .selectOption({ label: "Kantor Bersama Samsat Mataram" });
      await page.getByRole("button", { name: "Tampilkan" }).click();

      await dashboard.expectScope("Kantor Bersama Samsat Mataram");
      const shown = new URL(page.url());
      expect(shown.pathname + shown.search).toBe(`/dasbor?periode=${period}&unit=samsat-mataram`);
      // With JavaScript the address is built clean; without it the page redirects to it.
      const withEmpty = asked.filter((url) => EMPTY_PARAMETER.test(url));
      expect(withEmpty).toHaveLength(javaScriptEnabled ? 0 : 1);
    });
  });
}

test("a dashboard asked for with empty parameters redirects to the address without them", async ({
  page,
}) => {
  await signInAs(page, PROVINSI);
  for (const [asked, clean] of [
    ["/dasbor?periode=&opd=&unit=&dari=&sampai=", "/dasbor"],
    ["/dasbor/opd/bapenda?dari=&urut=nama&arah=naik", "/dasbor/opd/bapenda?urut=nama&arah=naik"],
    [
      "/dasbor/unit/samsat-mataram?layanan=&sampai=2026-12-31",
      "/dasbor/unit/samsat-mataram?sampai=2026-12-31",
    ],
  ]) {
    const response = await page.request.get(asked!, { maxRedirects: 0 });
    expect(response.status(), asked).toBe(307);
    expect(response.headers()["location"], asked).toBe(clean);
  }
});

test("with JavaScript, choosing an agency offers only its units, and a unit only its services", async ({
  page,
}) => {
  await signInAs(page, PROVINSI);
  const dashboard = new DashboardPage(page);
  await dashboard.open("/dasbor/unit/samsat-mataram", "Kantor Bersama Samsat Mataram");
  const unit = page.getByLabel("Unit layanan");
  const service = page.getByLabel("Jenis layanan");

  await page.getByLabel("Perangkat daerah").selectOption({ label: "Dikes NTB" });

  // Samsat Mataram is Bapenda's: it is no longer chosen nor offered, nor are its services.
  await expect(unit).toHaveValue("");
  await expect(unit.locator("option[value=samsat-mataram]")).toBeDisabled();
  await expect(unit.locator("option[value=rs-mutiara-sukma]")).toBeEnabled();
  await expect(service).toHaveValue("");
  await expect(service.locator("option:not([value=''])").first()).toBeDisabled();

  await unit.selectOption("rs-mutiara-sukma");
  await page.getByRole("button", { name: "Tampilkan" }).click();

  await dashboard.expectScope("Rumah Sakit Mutiara Sukma Provinsi NTB (eks RSJ Mutiara Sukma)");
  await expect(page.getByText("diabaikan")).toHaveCount(0);

  // Picking a unit of another agency directly moves the agency along with it.
  await unit.selectOption("samsat-mataram");
  await expect(page.getByLabel("Perangkat daerah")).toHaveValue("bapenda");
  await page.getByRole("button", { name: "Tampilkan" }).click();

  await dashboard.expectScope("Kantor Bersama Samsat Mataram");
  await expect(page.getByText("diabaikan")).toHaveCount(0);
});
