import { expect, test, type Request } from "@playwright/test";

import { SurveyPage } from "./pages/survey-page";
import { ThankYouPage } from "./pages/thank-you-page";
import { UnitPage } from "./pages/unit-page";
import { MIXED_ANSWERS } from "./support/answers";

const isFormPost = (unitSlug: string) => (request: Request) =>
  request.method() === "POST" && new URL(request.url()).pathname === `/survei/${unitSlug}`;

test.describe("with JavaScript on", () => {
  test("a double tap on 'Kirim penilaian' stores one respondent", async ({ page }) => {
    const unit = "museum-negeri-ntb";
    const unitPage = new UnitPage(page);
    await unitPage.open(unit);
    const before = await unitPage.respondentCount();

    const survey = new SurveyPage(page);
    await survey.open(unit);
    await survey.fill({ service: "Kunjungan pameran tetap", answers: MIXED_ANSWERS });
    const posts: Request[] = [];
    page.on("request", (request) => {
      if (isFormPost(unit)(request)) posts.push(request);
    });
    await survey.sendButton.dblclick();

    await new ThankYouPage(page).expectShownFor(unit);
    // Every request the double tap sent has been answered before the count is read.
    await Promise.all(posts.map((post) => post.response()));
    // The second tap sends nothing, and React runs no form action besides the form's own send.
    expect(posts).toHaveLength(1);
    await unitPage.open(unit);
    expect(await unitPage.respondentCount()).toBe(before + 1);
  });
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the same form sent a second time stores nothing new", async ({ page }) => {
    const unit = "taman-budaya-ntb";
    const unitPage = new UnitPage(page);
    await unitPage.open(unit);
    const before = await unitPage.respondentCount();

    const survey = new SurveyPage(page);
    await survey.open(unit);
    await survey.fill({ service: "Fasilitasi pergelaran seni", answers: MIXED_ANSWERS });
    const [post] = await Promise.all([page.waitForRequest(isFormPost(unit)), survey.send()]);
    await new ThankYouPage(page).expectShownFor(unit);

    // The replay reaches the form's action: it answers with the thank-you page again.
    const again = await page.request.fetch(post);
    expect(again.ok()).toBe(true);
    expect(new URL(again.url()).pathname).toBe(`/survei/${unit}/terima-kasih`);

    await unitPage.open(unit);
    expect(await unitPage.respondentCount()).toBe(before + 1);
  });
});
