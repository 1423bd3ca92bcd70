import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { SignInPage } from "./pages/sign-in-page";
import { captureActionPost, withArguments } from "./support/action-post";

// `npm start` as a deployer runs it the first time: its own port, no NEXTAUTH_URL, a fresh
// embedded database with no account yet. It uses the build the suite runs against.
//
// TRUSTED_PROXIES=1 here: the test plays the one reverse proxy in front, writing
// X-Forwarded-For itself. That shows what `next start` does with the header: it fills in the
// socket's peer only when a request has none, and passes a header the client wrote untouched.
// So without a proxy that overwrites it, the address is whatever the client claims, and the
// portal counts no address unless TRUSTED_PROXIES says a proxy is there (docs/design-notes.md).

test.describe.configure({ mode: "serial", timeout: 180_000 });

let server: ChildProcess | undefined;
let output = "";
let origin = "";
let dataDir = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`npm start ended early:\n${output}`);
    const answered = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`npm start did not serve ${url} in time:\n${output}`);
}

test.beforeAll(async () => {
  const port = await freePort();
  origin = `http://localhost:${port}`;
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "simaskot-start-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    PGLITE_DIR: path.join(dataDir, "pglite"),
    AUTH_SECRET_FILE: path.join(dataDir, "auth-secret"),
    TRUSTED_PROXIES: "1",
    LOG_LEVEL: "info",
  };
  for (const name of ["NEXTAUTH_URL", "DATABASE_URL", "NEXTAUTH_SECRET"]) delete env[name];

  server = spawn("npm", ["start"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  server.stdout!.on("data", (chunk) => (output += chunk));
  server.stderr!.on("data", (chunk) => (output += chunk));
  await waitUntilServing(`${origin}/masuk`, Date.now() + 150_000);
});

test.afterAll(async () => {
  if (server?.pid && server.exitCode === null) {
    const ended = new Promise((resolve) => server!.once("exit", resolve));
    process.kill(-server.pid, "SIGTERM");
    await ended;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test("says in Indonesian that no official account exists yet, and how to make the first", () => {
  expect(output).toContain("Belum ada akun petugas. Buat admin provinsi pertama dengan");
  expect(output).toContain("npm run user:create");
  expect(output).toContain("SIMASKOT_ADMIN_EMAIL");
});

test("points next-auth at its own port without NEXTAUTH_URL, and warns about nothing", async ({
  request,
}) => {
  const providers = await (await request.get(`${origin}/api/auth/providers`)).json();
  expect(providers.credentials.callbackUrl).toBe(`${origin}/api/auth/callback/credentials`);

  const signIn = await request.get(`${origin}/api/auth/signin?callbackUrl=%2Fdasbor`, {
    maxRedirects: 0,
  });
  const callbackCookie = signIn
    .headersArray()
    .find((header) => /^set-cookie$/i.test(header.name) && /callback-url=/.test(header.value));
  expect(decodeURIComponent(callbackCookie!.value)).toContain(`callback-url=${origin}/dasbor`);

  expect(output).not.toContain("[next-auth]");
  expect(output).not.toMatch(/localhost:3000/);
});

test("counts the address the proxy wrote, which Next passes through unchanged", async ({
  browser,
}) => {
  // Signs in and fails with each e-mail, from a client whose proxy wrote this address (or
  // none), and leaves the page showing the answer to the last attempt.
  const failFrom = async (forwardedFor: string | null, emails: string[]) => {
    const context = await browser.newContext(
      forwardedFor ? { extraHTTPHeaders: { "x-forwarded-for": forwardedFor } } : {},
    );
    const signIn = new SignInPage(await context.newPage());
    await signIn.page.goto(`${origin}/masuk`);
    for (const email of emails) await signIn.signInRefused(email, "salah");
    return signIn;
  };
  const twenty = (prefix: string) => Array.from({ length: 20 }, (_, i) => `${prefix}${i}@x.test`);
  const locked = "Terlalu banyak percobaan masuk";

  // Nineteen e-mails under one claimed address are only wrong; the twentieth locks the address.
  const claimed = await failFrom("203.0.113.50", twenty("a").slice(0, 19));
  await expect(claimed.errorSummary).toContainText("E-mail atau kata sandi salah");
  await claimed.signIn("a19@x.test", "salah");
  await expect(claimed.errorSummary).toContainText(locked);
  await claimed.page.context().close();

  // Without the header Next writes the socket's peer, another address: it locks on its own.
  const direct = await failFrom(null, twenty("b"));
  await expect(direct.errorSummary).toContainText(locked);
  await direct.page.context().close();

  // The same client claiming yet another address is a stranger again.
  const another = await failFrom("203.0.113.51", ["c@x.test"]);
  await expect(another.errorSummary).toContainText("E-mail atau kata sandi salah");
  await another.page.context().close();
});

test("hand-made requests leave one structured log line each, never a stack trace", async ({
  page,
}) => {
  // next-auth's client log endpoint is not served, so a caller cannot write into the log.
  const logged = await page.request.post(`${origin}/api/auth/_log`, {
    data: { code: "KODE_PALSU", level: "error" },
  });
  expect(logged.status()).toBe(404);

  const signIn = new SignInPage(page);
  await page.goto(`${origin}/masuk`);
  await signIn.email.fill("siapa@x.test");
  await signIn.password.fill("rahasia-panjang");
  const post = await captureActionPost(page, "/masuk", () => signIn.signInButton.click());
  const before = output.length;
  const refused = await page.request.post(post.url, withArguments(post, [{}, "bukan-formulir"]));
  expect(refused.status()).toBe(200);

  await expect.poll(() => output.slice(before)).toContain('"event":"action.refused-arguments"');
  const lines = output.slice(before).trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(JSON.parse(lines[0]!)).toMatchObject({ level: 40, action: "signIn" });
  expect(output).not.toContain("KODE_PALSU");
  expect(output).not.toMatch(/TypeError|^\s+at /m);
});
