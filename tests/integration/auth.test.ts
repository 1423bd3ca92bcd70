import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";

import { signInThrottle, users } from "@/db/schema";
import { SESSION_COOKIE, sessionClaims } from "@/lib/auth/options";
import { authSecret } from "@/lib/auth/secret";
import { endSessions, findOfficial, getOfficialFromRequest } from "@/lib/auth/session";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { handleSignIn, safeReturnPath, WRONG_CREDENTIALS } from "@/lib/auth/sign-in-form";
import { THROTTLE } from "@/lib/auth/throttle";
import { createUser } from "@/lib/auth/users";

import { useTestDatabase } from "./test-database";

const { db } = useTestDatabase();
const PASSWORD = "kata-sandi-yang-panjang";
let userId: number;

beforeAll(async () => {
  ({ id: userId } = await createUser(db(), {
    email: "Admin@Bapenda.test",
    name: "Admin Bapenda",
    password: PASSWORD,
    role: "admin_opd",
    agencySlug: "bapenda",
  }));
});

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 2, minutes));
let addressCounter = 0;
const freshAddress = () => `10.0.0.${++addressCounter}`;

async function failTimes(email: string, times: number, address: string | null, minute = 0) {
  const results = [];
  for (let i = 0; i < times; i++) {
    results.push(await signInWithPassword({ email, password: "salah", address, now: at(minute) }));
  }
  return results;
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("passwords", () => {
  it("are stored only as argon2id hashes", async () => {
    const [user] = await db().select().from(users).where(eq(users.id, userId));
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user!.passwordHash).not.toContain(PASSWORD);
  });

  it("let the official in with any capitalisation of the e-mail", async () => {
    const result = await signInWithPassword({
      email: "  admin@BAPENDA.test ",
      password: PASSWORD,
      address: freshAddress(),
    });
    expect(result).toMatchObject({ ok: true, user: { id: userId } });
  });

  it("refuse a wrong password with the same answer as an unknown e-mail", async () => {
    const wrong = await signInWithPassword({
      email: "admin@bapenda.test",
      password: "salah",
      address: freshAddress(),
    });
    const unknown = await signInWithPassword({
      email: "tidak-ada@bapenda.test",
      password: "salah",
      address: freshAddress(),
    });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });
});

describe("repeated failures", () => {
  it("lock the account at the fifth failure, even against the right password", async () => {
    const email = "kunci@bapenda.test";
    await createUser(db(), { email, name: "Kunci", password: PASSWORD, role: "pimpinan" });

    const results = await failTimes(email, THROTTLE.perEmail, freshAddress());
    const withRightPassword = await signInWithPassword({
      email,
      password: PASSWORD,
      address: freshAddress(),
      now: at(1),
    });

    expect(results.slice(0, -1).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "locked" });
    expect(withRightPassword).toMatchObject({ ok: false, reason: "locked" });
  });

  it("lock an e-mail that has no account in exactly the same way", async () => {
    const results = await failTimes("hantu@bapenda.test", THROTTLE.perEmail, freshAddress());
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "locked" });
  });

  it("let the official in again once the lock has expired", async () => {
    const email = "sabar@bapenda.test";
    await createUser(db(), { email, name: "Sabar", password: PASSWORD, role: "pimpinan" });
    await failTimes(email, THROTTLE.perEmail, freshAddress());

    const later = await signInWithPassword({
      email,
      password: PASSWORD,
      address: freshAddress(),
      now: at(16),
    });
    expect(later.ok).toBe(true);
  });

  it("slow an address down that tries many different e-mails", async () => {
    const address = freshAddress();
    for (let i = 0; i < THROTTLE.perAddress - 1; i++) {
      await signInWithPassword({ email: `coba${i}@x.test`, password: "x", address, now: at(2) });
    }
    const last = await signInWithPassword({
      email: "akhir@x.test",
      password: "x",
      address,
      now: at(2),
    });
    const rightPassword = await signInWithPassword({
      email: "admin@bapenda.test",
      password: PASSWORD,
      address,
      now: at(3),
    });

    expect(last).toMatchObject({ ok: false, reason: "locked" });
    expect(rightPassword).toMatchObject({ ok: false, reason: "locked" });
  });

  it("keep neither e-mails nor addresses in the throttle table", async () => {
    const rows = await db().select({ key: signInThrottle.key }).from(signInThrottle);
    expect(rows.length).toBeGreaterThan(0);
    for (const { key } of rows) {
      expect(key).toMatch(/^(email|addr):[0-9a-f]{64}$/);
    }
  });
});

describe("the sign-in form", () => {
  it("says what to fill in when fields are empty, and never returns the password", async () => {
    const outcome = await handleSignIn({
      formData: form({ email: "", password: "" }),
      address: freshAddress(),
    });
    expect(outcome).toEqual({
      ok: false,
      state: {
        status: "error",
        fieldErrors: { email: "Tulis alamat e-mail Anda", password: "Tulis kata sandi Anda" },
        values: { email: "" },
      },
    });
  });

  it("keeps the e-mail but not the password after a failure", async () => {
    const outcome = await handleSignIn({
      formData: form({ email: "admin@bapenda.test", password: "rahasia-sekali" }),
      address: freshAddress(),
    });
    expect(outcome).toMatchObject({ ok: false, state: { message: WRONG_CREDENTIALS } });
    const serialised = JSON.stringify(outcome);
    expect(serialised).not.toContain("rahasia-sekali");
    expect(serialised).not.toContain("argon2");
  });

  it("tells a locked official when to try again, in WITA", async () => {
    const address = freshAddress();
    await failTimes("waktu@bapenda.test", THROTTLE.perEmail, address, 0);
    const outcome = await handleSignIn({
      formData: form({ email: "waktu@bapenda.test", password: "x" }),
      address,
      now: at(1),
    });
    expect(outcome).toMatchObject({
      ok: false,
      state: { message: expect.stringMatching(/coba lagi setelah pukul 10\.15 WITA\.$/) },
    });
  });

  it.each([
    ["/dasbor/unit/samsat-mataram", "/dasbor/unit/samsat-mataram"],
    ["https://jahat.example/", "/dasbor"],
    ["//jahat.example", "/dasbor"],
    ["/\\jahat.example", "/dasbor"],
    ["/\t/jahat.example", "/dasbor"],
    ["/\n/jahat.example", "/dasbor"],
    ["/\u3000/jahat.example", "/dasbor"],
    [
      "/dasbor?periode=2026-triwulan-4&dari=2026-10-01",
      "/dasbor?periode=2026-triwulan-4&dari=2026-10-01",
    ],
    [undefined, "/dasbor"],
  ])("sends the official back to %s only when it is on this site", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});

describe("sessions", () => {
  async function requestWithToken(token: Record<string, unknown>): Promise<Request> {
    const cookie = await encode({ token, secret: authSecret() });
    return new Request("http://localhost/dasbor/ekspor", {
      headers: { cookie: `other=1; ${SESSION_COOKIE}=${cookie}` },
    });
  }

  function requestWithSession(sub: string, signedInAt = new Date()): Promise<Request> {
    return requestWithToken(sessionClaims({ id: sub, email: "x@y.test", name: "x" }, signedInAt));
  }

  it("carry the official's role and scope, read from the database", async () => {
    const official = await getOfficialFromRequest(await requestWithSession(String(userId)));
    expect(official).toMatchObject({
      id: userId,
      role: "admin_opd",
      scope: { level: "agency", agencyId: expect.any(Number) },
    });
    expect(JSON.stringify(official)).not.toMatch(/argon2|password/i);
  });

  it("are refused when the token is forged or signed with another key", async () => {
    const forged = await encode({ token: { sub: String(userId) }, secret: "x".repeat(40) });
    const request = new Request("http://localhost/", {
      headers: { cookie: `${SESSION_COOKIE}=${forged}` },
    });
    expect(await getOfficialFromRequest(request)).toBeNull();
    expect(
      await getOfficialFromRequest(
        new Request("http://localhost/", { headers: { cookie: `${SESSION_COOKIE}=abc` } }),
      ),
    ).toBeNull();
  });

  it("end at once when the account is deactivated", async () => {
    const { id } = await createUser(db(), {
      email: "pensiun@bapenda.test",
      name: "Pensiun",
      password: PASSWORD,
      role: "pimpinan",
    });
    const request = await requestWithSession(String(id));
    expect(await getOfficialFromRequest(request)).not.toBeNull();

    await db().update(users).set({ active: false }).where(eq(users.id, id));
    expect(await findOfficial({ id })).toBeNull();
    expect(await getOfficialFromRequest(request)).toBeNull();
  });

  it("end on sign-out for every copy of the token, and a new sign-in works", async () => {
    const { id } = await createUser(db(), {
      email: "keluar@bapenda.test",
      name: "Keluar",
      password: PASSWORD,
      role: "pimpinan",
    });
    const copied = await requestWithSession(String(id), new Date(Date.UTC(2026, 11, 1, 2, 0)));
    expect(await getOfficialFromRequest(copied)).not.toBeNull();

    await endSessions({ id, now: new Date(Date.UTC(2026, 11, 1, 2, 30)) });
    expect(await getOfficialFromRequest(copied)).toBeNull();

    const again = await requestWithSession(String(id), new Date(Date.UTC(2026, 11, 1, 2, 30)));
    expect(await getOfficialFromRequest(again)).toMatchObject({ id, role: "pimpinan" });
  });

  it("stay ended after sign-out even when the token is re-issued or lacks its sign-in time", async () => {
    const { id } = await createUser(db(), {
      email: "segar@bapenda.test",
      name: "Segar",
      password: PASSWORD,
      role: "pimpinan",
    });
    const claims = sessionClaims({ id, email: "segar@bapenda.test", name: "Segar" });
    await endSessions({ id, now: new Date(claims.signedInAt + 1000) });

    // next-auth renews the token's iat on refresh; the sign-in time travels unchanged.
    expect(await getOfficialFromRequest(await requestWithToken(claims))).toBeNull();
    expect(await getOfficialFromRequest(await requestWithToken({ sub: String(id) }))).toBeNull();
  });
});

describe("without a trusted proxy", () => {
  it("still locks an e-mail, and counts nothing against an address", async () => {
    const before = await db().select().from(signInThrottle);
    const results = await failTimes("tanpa-proxy@bapenda.test", THROTTLE.perEmail, null);

    expect(results.at(-1)).toMatchObject({ ok: false, reason: "locked" });
    const added = (await db().select().from(signInThrottle)).length - before.length;
    expect(added).toBe(1);
  });
});
