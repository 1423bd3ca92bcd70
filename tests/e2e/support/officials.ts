import type { Browser, Page } from "@playwright/test";

import { SignInPage } from "../pages/sign-in-page";

// The demo accounts that scripts/seed-demo.ts creates (db/seed/accounts.ts), with what each one's
// own dashboard is called. Copied rather than imported: that module pulls in the database code.

export const DEMO_PASSWORD = "simaskot-demo";

export type Official = {
  key: "provinsi" | "pimpinan" | "bapenda" | "operator";
  email: string;
  name: string;
  /** How the dashboard names the official's own scope: "Dasbor <scopeName>". */
  scopeName: string;
};

export const PROVINSI: Official = {
  key: "provinsi",
  email: "provinsi@simaskot.test",
  name: "Admin Biro Organisasi",
  scopeName: "Provinsi NTB",
};
export const PIMPINAN: Official = {
  key: "pimpinan",
  email: "pimpinan@simaskot.test",
  name: "Pimpinan Daerah",
  scopeName: "Provinsi NTB",
};
export const BAPENDA: Official = {
  key: "bapenda",
  email: "bapenda@simaskot.test",
  name: "Admin Bapenda",
  scopeName: "Bapenda NTB",
};
export const OPERATOR: Official = {
  key: "operator",
  email: "samsat-mataram@simaskot.test",
  name: "Operator Samsat Mataram",
  scopeName: "Kantor Bersama Samsat Mataram",
};

export const OFFICIALS: readonly Official[] = [PROVINSI, PIMPINAN, BAPENDA, OPERATOR];

/** Signs the official in through the sign-in page; the page ends on their own dashboard. */
export async function signInAs(page: Page, official: Official): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(official.email, DEMO_PASSWORD);
  await signIn.expectSignedIn();
}

/** A second browser context (its own cookies) signed in as the official. */
export async function newSignedInPage(browser: Browser, official: Official): Promise<Page> {
  const page = await browser.newPage();
  await signInAs(page, official);
  return page;
}
