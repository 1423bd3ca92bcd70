import { expect, test, type Page } from "@playwright/test";

import { previousQuarter, quarterPeriod } from "@/lib/periods/quarter";

import { SurveyPage } from "./pages/survey-page";

// What a phone shows: every link standing on its own is a 44 × 44 px target (UX.md 3), grades
// keep "C – Kurang Baik" together, and nothing widens the page, even at 200% zoom.

test.use({ viewport: { width: 360, height: 640 } });

const PUBLIC_PAGES = [
  "/",
  "/?q=kota%20mataram",
  "/survei/samsat-mataram",
  "/unit/samsat-mataram",
  "/peringkat",
  "/metodologi",
  "/unit/tidak-ada",
  `/peringkat?periode=${previousQuarter(quarterPeriod(new Date())).slug}`,
  "/unit/%E0%A4%A",
];

type Target = { text: string; width: number; height: number };

/** Visible links and summaries that are not part of a sentence, with their size. */
function standaloneTargets(page: Page): Promise<Target[]> {
  return page.evaluate(() => {
    const squash = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();
    const blockOf = (element: Element) => {
      let block = element.parentElement!;
      while (getComputedStyle(block).display.startsWith("inline")) block = block.parentElement!;
      return block;
    };
    return [...document.querySelectorAll("a[href], summary")]
      .filter((target) => {
        const box = target.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) return false; // screen-reader-only, or hidden
        return squash(blockOf(target).textContent) === squash(target.textContent);
      })
      .map((target) => {
        const box = target.getBoundingClientRect();
        return { text: squash(target.textContent), width: box.width, height: box.height };
      });
  });
}

test("every link standing on its own is a tap target of 44 × 44 px or more", async ({ page }) => {
  for (const address of PUBLIC_PAGES) {
    await page.goto(address);
    const targets = await standaloneTargets(page);
    const small = targets.filter((target) => target.width < 44 || target.height < 44);

    expect(targets.length, `${address} has standalone links`).toBeGreaterThan(0);
    expect(small, `small tap targets on ${address}`).toEqual([]);
  }
});

test("the header's and footer's links are 44 px tall on a phone, and the header stays slim", async ({
  page,
}) => {
  await page.goto("/metodologi");

  for (const name of ["SIMASKOT NTB", "Peringkat", "Cara menghitung", "Dasbor petugas"]) {
    const box = await page.getByRole("link", { name, exact: true }).boundingBox();
    expect(box!.height, name).toBeGreaterThanOrEqual(44);
  }
  const header = await page.getByRole("banner").boundingBox();
  expect(header!.height).toBeLessThanOrEqual(100);
});

test("a tap anywhere on a unit's cell in the ranking opens that unit", async ({ page }) => {
  await page.goto("/peringkat");
  const cell = page.getByRole("table").locator("tbody tr").first().getByRole("rowheader");
  const name = (await cell.getByRole("link").innerText()).trim();
  await cell.scrollIntoViewIfNeeded();
  const box = (await cell.boundingBox())!;

  await page.touchscreen.tap(box.x + box.width - 4, box.y + box.height - 4);

  await expect(page).toHaveURL(/\/unit\/[a-z0-9-]+\?periode=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
});

/** How each grade on the page is laid out: on one line, and whether a dash ends a line. */
function gradeLines(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("span")]
      .filter((span) => /^[ABCD] – \S/.test(span.textContent ?? "") && span.checkVisibility())
      .filter((span) => !span.parentElement?.closest("span")?.textContent?.match(/^[ABCD] – /))
      .map((badge) => {
        const range = document.createRange();
        const text = badge.textContent!;
        const charTop = (index: number) => {
          const walker = document.createTreeWalker(badge, NodeFilter.SHOW_TEXT);
          let offset = index;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = node.textContent!.length;
            if (offset < length) {
              range.setStart(node, offset);
              range.setEnd(node, offset + 1);
              return Math.round(range.getBoundingClientRect().top);
            }
            offset -= length;
          }
          return NaN;
        };
        const dash = text.indexOf("–");
        return {
          text,
          oneLine: charTop(0) === charTop(text.length - 1),
          dashAlone: charTop(dash) !== charTop(dash + 2),
        };
      }),
  );
}

for (const address of ["/peringkat", "/unit/samsat-mataram", "/metodologi"]) {
  test(`grades on ${address} keep letter, dash and word on one line at 360 px`, async ({
    page,
  }) => {
    await page.goto(address);
    const grades = await gradeLines(page);

    expect(grades.length).toBeGreaterThan(0);
    expect(grades.filter((grade) => !grade.oneLine)).toEqual([]);
  });

  test(`grades on ${address} that wrap at 320 px never leave the dash at a line's end`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(address);
    const grades = await gradeLines(page);

    expect(grades.length).toBeGreaterThan(0);
    expect(grades.filter((grade) => grade.dashAlone)).toEqual([]);
  });
}

test("the methodology's grade table fits a phone, caption and all", async ({ page }) => {
  await page.goto("/metodologi");
  const region = page.getByRole("region", { name: "Tabel mutu pelayanan" });
  const caption = region.locator("caption");

  expect(await region.evaluate((box) => box.scrollWidth - box.clientWidth)).toBeLessThanOrEqual(0);
  await expect(caption).toHaveText("Mutu pelayanan menurut IKM yang sudah dibulatkan");
  const box = (await caption.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  await expect(page.getByRole("rowheader", { name: "C – Kurang Baik" })).toBeVisible();
});

test("at 200% zoom on a phone (180 px) the survey, its profile options included, fits", async ({
  page,
}) => {
  await page.setViewportSize({ width: 180, height: 640 });
  const survey = new SurveyPage(page);
  await survey.open("samsat-mataram");

  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  for (const label of ["Pelajar/mahasiswa", "Tidak ingin menjawab"]) {
    const option = page.getByRole("group", { name: "Pekerjaan (opsional)" }).getByText(label);
    const box = (await option.boundingBox())!;
    expect(box.x + box.width, label).toBeLessThanOrEqual(180);
  }
});
