import { expect, type Locator, type Page } from "@playwright/test";

/** Officials' sign-in, /masuk. */
export class SignInPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly signInButton: Locator;
  readonly errorSummary: Locator;
  readonly signedOut: Locator;

  constructor(readonly page: Page) {
    this.email = page.getByRole("textbox", { name: "E-mail" });
    this.password = page.getByLabel("Kata sandi", { exact: true });
    this.signInButton = page.getByRole("button", { name: "Masuk", exact: true });
    this.errorSummary = page
      .getByRole("alert")
      .filter({ has: page.getByRole("heading", { name: "Ada masalah" }) });
    this.signedOut = page.getByRole("status").filter({ hasText: "Anda sudah keluar." });
  }

  async open(): Promise<void> {
    await this.page.goto("/masuk");
    await expect(
      this.page.getByRole("heading", { level: 1, name: "Masuk untuk petugas" }),
    ).toBeVisible();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    // Each attempt is answered before the next one starts (failures are counted one by one).
    const answered = this.page.waitForResponse(
      (response) =>
        response.request().method() === "POST" && new URL(response.url()).pathname === "/masuk",
    );
    await this.signInButton.click();
    await answered;
  }

  /**
   * A sign-in that is refused: returns once the page shows the answer and has emptied the
   * password field, so that the next attempt is typed into the new form, not the old one.
   */
  async signInRefused(email: string, password: string): Promise<void> {
    await this.signIn(email, password);
    await expect(this.password).toHaveValue("");
    await expect(this.errorSummary).toBeVisible();
  }

  /** Signed in: the sign-in page has sent the official on to their own dashboard. */
  async expectSignedIn(): Promise<void> {
    await expect(this.page).toHaveURL(/\/dasbor$/);
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/masuk(\?|$)/);
    await expect(this.signInButton).toBeVisible();
  }
}
