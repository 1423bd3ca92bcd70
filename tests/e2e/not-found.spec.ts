import { expect, test } from "@playwright/test";

import { previousQuarter, quarterPeriod } from "@/lib/periods/quarter";

const NOT_FOUND_TITLE = "Halaman tidak ditemukan – SIMASKOT";

// Addresses whose page would call notFound(): each must be a server-rendered 404 page.
const MISSING = [
  "/tidak-ada",
  "/survei/samsat-mataramm",
  "/survei/tidak-ada",
  "/survei/tidak-ada/terima-kasih",
  "/unit/tidak-ada",
  "/unit/samsat-mataram?periode=x",
  "/peringkat?periode=x",
  "/peringkat?opd=x",
  "/peringkat?opd=%27",
];

for (const javaScriptEnabled of [false, true]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    for (const address of MISSING) {
      test(`${address} answers 404 with the Indonesian not-found page`, async ({ page }) => {
        const response = await page.goto(address);

        expect(response?.status()).toBe(404);
        await expect(
          page.getByRole("heading", { level: 1, name: "Halaman tidak ditemukan" }),
        ).toBeVisible();
        await expect(page.getByRole("searchbox", { name: "Cari unit layanan" })).toBeVisible();
        await expect(page).toHaveTitle(NOT_FOUND_TITLE);
        const shown = new URL(page.url());
        expect(shown.pathname + shown.search).toBe(address);
      });
    }
  });
}

test("the not-found page is in the server's HTML itself, not only in script data", async ({
  request,
}) => {
  const html = await (await request.get("/unit/tidak-ada")).text();

  expect(html).toContain('<html lang="id"');
  expect(html).toMatch(/<h1[^>]*>Halaman tidak ditemukan<\/h1>/);
  expect(html).toContain(`<title>${NOT_FOUND_TITLE}</title>`);
});

test("a closed period that is not announced yet says so instead of showing figures", async ({
  page,
}) => {
  const closed = previousQuarter(quarterPeriod(new Date()));
  const response = await page.goto(`/peringkat?periode=${closed.slug}`);

  expect(response?.status()).toBe(200);
  await expect(page.getByText(`Hasil ${closed.name} belum diumumkan.`)).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await page.getByRole("link", { name: "Lihat hasil periode terbaru" }).click();
  await expect(page.getByRole("table")).toBeVisible();
});

test("a unit's address typed in capitals leads to its page", async ({ page, request }) => {
  const response = await request.get("/survei/SAMSAT-MATARAM?sumber=qr", { maxRedirects: 0 });

  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toBe("/survei/samsat-mataram?sumber=qr");

  const shown = await page.goto("/unit/SAMSAT-MATARAM");
  expect(shown?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe("/unit/samsat-mataram");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kantor Bersama Samsat Mataram");
});
