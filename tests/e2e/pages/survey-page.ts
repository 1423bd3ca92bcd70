import { expect, type Locator, type Page, type Request } from "@playwright/test";

import { NATIONAL_ELEMENTS } from "@/db/seed/questionnaire";

import type { Answers, Score } from "../support/answers";

/** The public survey of one unit, /survei/[unit]. */
export class SurveyPage {
  readonly serviceGroup: Locator;
  readonly suggestion: Locator;
  readonly sendButton: Locator;
  readonly errorSummary: Locator;
  readonly alreadySent: Locator;
  readonly counter: Locator;
  readonly surveyIdField: Locator;
  readonly reloadFormButton: Locator;

  constructor(readonly page: Page) {
    this.serviceGroup = page.getByRole("group", { name: "Layanan yang Anda terima" });
    this.suggestion = page.getByRole("textbox", { name: "Saran untuk unit ini (opsional)" });
    this.sendButton = page.getByRole("button", { name: "Kirim penilaian" });
    this.errorSummary = page
      .getByRole("alert")
      .filter({ has: page.getByRole("heading", { name: "Ada masalah" }) });
    this.alreadySent = page.getByRole("heading", { name: "Penilaian Anda sudah terkirim" });
    this.counter = page.locator("#saran-sisa");
    this.surveyIdField = page.locator('input[type="hidden"][name="survei"]');
    this.reloadFormButton = page.getByRole("button", { name: "Muat ulang formulir" });
  }

  async open(unitSlug: string, search: Record<string, string> = {}): Promise<void> {
    const query = new URLSearchParams(search).toString();
    await this.page.goto(`/survei/${unitSlug}${query ? `?${query}` : ""}`);
  }

  /** A rating question, found by the words of its legend. */
  question(code: string): Locator {
    return this.page.getByRole("group", { name: elementOf(code).question });
  }

  choice(code: string, score: Score): Locator {
    const label = elementOf(code).labels[score - 1]!;
    return this.question(code).getByRole("radio", { name: label, exact: true });
  }

  service(name: string): Locator {
    return this.serviceGroup.getByRole("radio", { name, exact: true });
  }

  async chooseService(name: string): Promise<void> {
    await this.service(name).check();
  }

  async answer(answers: Answers): Promise<void> {
    for (const [code, score] of Object.entries(answers)) {
      await this.choice(code, score).check();
    }
  }

  async fill(form: { service: string; answers: Answers; suggestion?: string }): Promise<void> {
    await this.chooseService(form.service);
    await this.answer(form.answers);
    if (form.suggestion) await this.suggestion.fill(form.suggestion);
  }

  async send(): Promise<void> {
    await this.sendButton.click();
  }

  /** Every answer still given; a chosen service may be shown as text, as a QR code's is. */
  async expectAnswersKept(form: { service: string; answers: Answers; suggestion?: string }) {
    const serviceAsText = this.page.getByText(`Layanan: ${form.service}`, { exact: true });
    await expect(serviceAsText.or(this.service(form.service))).toBeVisible();
    if (!(await serviceAsText.isVisible())) await expect(this.service(form.service)).toBeChecked();
    for (const [code, score] of Object.entries(form.answers)) {
      await expect(this.choice(code, score)).toBeChecked();
    }
    if (form.suggestion) await expect(this.suggestion).toHaveValue(form.suggestion);
  }
}

/** The request that sends the survey form of a unit: a server action POST to its page. */
export const isSurveyPost = (unitSlug: string) => (request: Request) =>
  request.method() === "POST" && new URL(request.url()).pathname === `/survei/${unitSlug}`;

function elementOf(code: string): (typeof NATIONAL_ELEMENTS)[number] {
  const element = NATIONAL_ELEMENTS.find((candidate) => candidate.code === code);
  if (!element) throw new Error(`No question with code ${code}`);
  return element;
}
