import { expect, test } from "@playwright/test";

// Requests no page can read are refused in Indonesian with a 4xx status, never a bare 500.

test("an address whose encoding is broken answers 400 with an Indonesian page", async ({
  page,
}) => {
  const response = await page.goto("/unit/%E0%A4%A");

  expect(response?.status()).toBe(400);
  await expect(page).toHaveTitle("Alamat tidak bisa dibaca – SIMASKOT");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alamat tidak bisa dibaca");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
});

for (const origin of ["https://evil.example", "null"]) {
  test(`a form posted from origin ${origin} is refused with 403 in Indonesian`, async ({
    request,
  }) => {
    const response = await request.post("/survei/samsat-mataram", {
      headers: { origin },
      multipart: { kode: "00000000-0000-4000-8000-000000000000", "nilai-waktu": "4" },
    });

    expect(response.status()).toBe(403);
    expect(await response.text()).toContain("Formulir ini dikirim dari situs lain");
  });
}

test("a form whose multipart body is cut short answers 400 in Indonesian", async ({
  request,
  baseURL,
}) => {
  const boundary = "----simaskot";
  const response = await request.post("/survei/samsat-mataram", {
    headers: {
      origin: baseURL!,
      "content-type": `multipart/form-data; boundary=${boundary}`,
    },
    data: `--${boundary}\r\nContent-Disposition: form-data; name="kode"\r\n\r\nterpotong`,
  });

  expect(response.status()).toBe(400);
  expect(await response.text()).toContain("Formulir tidak terbaca");
});

test("the portal has an icon at /favicon.ico", async ({ request }) => {
  const response = await request.get("/favicon.ico");

  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/image/);
});
