import { expect, test, type Page, type Route } from "@playwright/test";

import { isSurveyPost, SurveyPage } from "./pages/survey-page";
import { ThankYouPage } from "./pages/thank-you-page";
import { UnitPage } from "./pages/unit-page";
import { expectNoAxeViolations } from "./support/accessibility";
import { MIXED_ANSWERS } from "./support/answers";

// With JavaScript the form is sent by fetch. When that fails the answers stay on screen with a
// message, and pressing "Kirim penilaian" again is safe: the form's id stores it at most once.

const SERVICE = "Pembayaran PKB dan pengesahan STNK tahunan";
const SUGGESTION = "Antrean pagi panjang.\nTambah satu loket.";
const CONNECTION_MESSAGE = /mungkin belum sampai ke server karena sambungan internet terputus/;

/** Handles the form's next POST with `handle`; everything else goes through untouched. */
async function interceptNextSend(page: Page, unitSlug: string, handle: (route: Route) => unknown) {
  const isPost = isSurveyPost(unitSlug);
  await page.route(
    (url) => url.pathname === `/survei/${unitSlug}`,
    async (route) => (isPost(route.request()) ? handle(route) : route.fallback()),
    { times: 1 },
  );
}

async function respondentsOf(page: Page, unitSlug: string): Promise<number> {
  const unitPage = new UnitPage(page);
  await unitPage.open(unitSlug);
  return unitPage.respondentCount();
}

for (const [lost, unit, storedByFirstSend, cutOff] of [
  [
    "the request never arrives",
    "samsat-lombok-tengah",
    0,
    (route: Route) => route.abort("internetdisconnected"),
  ],
  [
    "the reply is lost after the answer was stored",
    "samsat-lombok-timur",
    1,
    async (route: Route) => {
      await route.fetch();
      await route.abort("connectionreset");
    },
  ],
] as const) {
  test(`when ${lost}, the answers stay with a message and sending again counts them once`, async ({
    page,
  }) => {
    const before = await respondentsOf(page, unit);
    const survey = new SurveyPage(page);
    const form = { service: SERVICE, answers: MIXED_ANSWERS, suggestion: SUGGESTION };
    await survey.open(unit);
    await survey.fill(form);

    await interceptNextSend(page, unit, cutOff);
    await survey.send();

    await expect(survey.errorSummary).toContainText(CONNECTION_MESSAGE);
    await expect(survey.errorSummary).toContainText("Tekan Kirim penilaian sekali lagi");
    await expect(survey.errorSummary).toBeFocused();
    await expect(page).toHaveTitle(/^Kesalahan: Survei /);
    await survey.expectAnswersKept(form);
    const elsewhere = await page.context().newPage();
    expect(await respondentsOf(elsewhere, unit)).toBe(before + storedByFirstSend);
    await elsewhere.close();

    await survey.send();
    const thanks = new ThankYouPage(page);
    await thanks.expectShownFor(unit);
    expect(await thanks.respondentCount()).toBe(before + 1);
    expect(await respondentsOf(page, unit)).toBe(before + 1);
  });
}

test("a form older than the running portal keeps its answers across 'Muat ulang formulir'", async ({
  page,
}) => {
  const unit = "samsat-lombok-utara";
  const before = await respondentsOf(page, unit);
  const survey = new SurveyPage(page);
  const form = { service: SERVICE, answers: MIXED_ANSWERS, suggestion: SUGGESTION };
  await survey.open(unit);
  await survey.fill(form);

  // What a form rendered by an earlier build sends: an action id this server does not know.
  await interceptNextSend(page, unit, (route) =>
    route.continue({
      headers: { ...route.request().headers(), "next-action": `7f${"0".repeat(40)}` },
    }),
  );
  await survey.send();

  await expect(survey.errorSummary).toContainText("SIMASKOT baru saja diperbarui");
  await expect(survey.errorSummary).toContainText("Penilaian Anda belum tersimpan");
  await survey.expectAnswersKept(form);
  await expectNoAxeViolations(page);

  await survey.reloadFormButton.click();
  await expect(survey.errorSummary).toHaveCount(0);
  await survey.expectAnswersKept(form);
  await expect(survey.counter).toHaveText(
    `Sisa ${1000 - [...SUGGESTION].length} dari 1.000 karakter`,
  );

  await survey.send();
  await new ThankYouPage(page).expectShownFor(unit);
  expect(await respondentsOf(page, unit)).toBe(before + 1);

  // The kept answers were used once: the next fresh form is empty.
  await survey.open(unit, { baru: "1" });
  await expect(survey.service(SERVICE)).not.toBeChecked();
});
