import { expect, test, type Page, type Route } from "@playwright/test";

import { isSurveyPost, SurveyPage } from "./pages/survey-page";
import { ThankYouPage } from "./pages/thank-you-page";
import { UnitPage } from "./pages/unit-page";
import { expectNoAxeViolations } from "./support/accessibility";
import { MIXED_ANSWERS } from "./support/answers";

// With JavaScript the form is sent by fetch. When that fails, or the server or a proxy answers
// with an error, the answers stay on screen with a message that claims to know neither which
// nor whether the answer was stored, and pressing "Kirim penilaian" again is safe: the form's
// id stores it at most once.

const SERVICE = "Pembayaran PKB dan pengesahan STNK tahunan";
const SUGGESTION = "Antrean pagi panjang.\nTambah satu loket.";
const UNCONFIRMED_MESSAGE =
  /belum bisa memastikan penilaian Anda tersimpan: sambungan internet mungkin terputus, atau server kami tidak menjawab dengan benar/;

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
  [
    "a proxy answers 502 before the server is reached",
    "samsat-dompu",
    0,
    (route: Route) => route.fulfill({ status: 502, contentType: "text/html", body: "Bad Gateway" }),
  ],
  [
    "a proxy answers 504 after the answer was stored",
    "samsat-sumbawa",
    1,
    async (route: Route) => {
      await route.fetch();
      await route.fulfill({ status: 504, contentType: "text/html", body: "Gateway Timeout" });
    },
  ],
  [
    "the server answers 500",
    "samsat-bima",
    0,
    (route: Route) =>
      route.fulfill({ status: 500, contentType: "text/plain", body: "Internal Server Error" }),
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

    await expect(survey.errorSummary).toContainText(UNCONFIRMED_MESSAGE);
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
