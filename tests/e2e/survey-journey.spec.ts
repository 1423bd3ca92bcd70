import { expect, test } from "@playwright/test";

import { HomePage } from "./pages/home-page";
import { SurveyPage } from "./pages/survey-page";
import { ThankYouPage } from "./pages/thank-you-page";
import { UnitPage } from "./pages/unit-page";
import { ikmAfter, MIXED_ANSWERS } from "./support/answers";
import { formatIdScore } from "./support/id-number";

// The database holds demo answers, so the IKM expected after the answer is computed from the
// unit's element tallies read from its page before (answer counts and NRR to four decimals).
const UNIT = { slug: "samsat-mataram", name: "Kantor Bersama Samsat Mataram" };
const SERVICE = "Pembayaran PKB dan pengesahan STNK tahunan";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled, viewport: { width: 360, height: 640 } });

    test("a person on a phone finds Samsat Mataram, rates it and sees the answer counted in its IKM", async ({
      page,
    }) => {
      const unitPage = new UnitPage(page);
      await unitPage.open(UNIT.slug);
      const before = await unitPage.respondentCount();
      const talliesBefore = await unitPage.elementTallies();

      const home = new HomePage(page);
      await home.open();
      await home.search("Samsat Mataram");
      await home.surveyLinkOf(UNIT.name).click();

      const survey = new SurveyPage(page);
      await expect(page.getByRole("heading", { level: 1, name: UNIT.name })).toBeVisible();
      await survey.fill({
        service: SERVICE,
        answers: MIXED_ANSWERS,
        suggestion: "Antrean pagi terlalu panjang; tambah satu loket.",
      });
      await survey.send();

      const thanks = new ThankYouPage(page);
      await thanks.expectShownFor(UNIT.slug);
      expect(await thanks.respondentCount()).toBe(before + 1);

      await unitPage.open(UNIT.slug);
      expect(await unitPage.respondentCount()).toBe(before + 1);
      const expected = ikmAfter(talliesBefore, MIXED_ANSWERS);
      await expect(unitPage.ikmValue(formatIdScore(expected.ikm))).toBeVisible();
      await expect(unitPage.ikmFigure).toContainText(`${expected.grade} – ${expected.performance}`);
    });
  });
}
