import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { signInThrottle, users } from "@/db/schema";
import { signIn, signOut } from "@/lib/auth/actions";
import { safeReturnPath } from "@/lib/auth/return-path";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { handleSignIn, WRONG_CREDENTIALS } from "@/lib/auth/sign-in-form";
import { THROTTLE } from "@/lib/auth/throttle";
import { createUser } from "@/lib/auth/users";
import { logger } from "@/lib/logger";

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
    expect(JSON.stringify(result)).not.toMatch(/argon2|passwordHash/);
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

  it("check at most five passwords when guesses arrive all at once", async () => {
    const email = "serbu@bapenda.test";
    await createUser(db(), { email, name: "Serbu", password: PASSWORD, role: "pimpinan" });
    const guesses = [...Array.from({ length: 30 }, (_, i) => `tebakan-${i}`), PASSWORD];

    const results = await Promise.all(
      guesses.map((password) =>
        signInWithPassword({ email, password, address: freshAddress(), now: at(4) }),
      ),
    );

    const checked = results.filter((result) => result.ok || result.reason === "invalid");
    expect(results.some((result) => result.ok)).toBe(false);
    expect(checked.length).toBeLessThan(THROTTLE.perEmail);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "locked" });
  });

  it("do not count a right password against the address it came from", async () => {
    const address = freshAddress();
    for (let i = 0; i < THROTTLE.perAddress + 5; i++) {
      const result = await signInWithPassword({
        email: "admin@bapenda.test",
        password: PASSWORD,
        address,
        now: at(5),
      });
      expect(result.ok).toBe(true);
    }
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

  it("says the attempt that sets the lock was wrong, alike for an account and an unknown e-mail", async () => {
    async function fifthAttempt(email: string) {
      const address = freshAddress();
      await failTimes(email, THROTTLE.perEmail - 1, address, 0);
      const outcome = await handleSignIn({
        formData: form({ email, password: "masih-salah" }),
        address,
        now: at(1),
      });
      return outcome.ok ? null : outcome.state;
    }
    await createUser(db(), {
      email: "kelima@bapenda.test",
      name: "Kelima",
      password: PASSWORD,
      role: "pimpinan",
    });

    const account = await fifthAttempt("kelima@bapenda.test");
    const unknown = await fifthAttempt("kelima-hantu@bapenda.test");

    expect(account).toMatchObject({
      message: expect.stringMatching(
        /^E-mail atau kata sandi salah\. Terlalu banyak percobaan masuk yang gagal\. .*coba lagi setelah pukul 10\.16 WITA\.$/,
      ),
    });
    expect(unknown).toEqual({ ...account, values: { email: "kelima-hantu@bapenda.test" } });
  });

  it("rounds the time to retry up to the minute the lock is really over", async () => {
    const address = freshAddress();
    const at14s = new Date(at(25).getTime() + 14_000);
    for (let i = 0; i < THROTTLE.perEmail; i++) {
      await signInWithPassword({ email: "detik@bapenda.test", password: "x", address, now: at14s });
    }
    // Locked until 10.40.14 WITA: at 10.40 it is still locked, at 10.41 it is not.
    const outcome = await handleSignIn({
      formData: form({ email: "detik@bapenda.test", password: "x" }),
      address,
      now: at(26),
    });
    expect(outcome).toMatchObject({
      state: { message: expect.stringMatching(/coba lagi setelah pukul 10\.41 WITA\.$/) },
    });
  });

  it("treats a file sent for the e-mail or a missing password as left empty, in Indonesian", async () => {
    const data = new FormData();
    data.set("email", new Blob(["admin@bapenda.test"]), "email.txt");
    const outcome = await handleSignIn({ formData: data, address: freshAddress() });
    expect(outcome).toEqual({
      ok: false,
      state: {
        status: "error",
        fieldErrors: { email: "Tulis alamat e-mail Anda", password: "Tulis kata sandi Anda" },
        values: { email: "" },
      },
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
    ["/api/auth/signout", "/dasbor"],
    ["/dasbor/../api/auth/signout", "/dasbor"],
    ["/dasbor/%2e%2e/api/auth/signout", "/dasbor"],
    ["/dasbor-palsu", "/dasbor"],
    ["/masuk", "/dasbor"],
    ["/", "/dasbor"],
    [
      "/dasbor/ekspor?tingkat=unit&slug=samsat-mataram",
      "/dasbor/ekspor?tingkat=unit&slug=samsat-mataram",
    ],
    [undefined, "/dasbor"],
  ])("sends the official back to %s only when it is on this site", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});

describe("the log", () => {
  afterEach(() => vi.restoreAllMocks());

  function watchLog(): () => Array<Record<string, unknown>> {
    const info = vi.spyOn(logger, "info");
    const warn = vi.spyOn(logger, "warn");
    return () =>
      [...info.mock.calls, ...warn.mock.calls].map((call) => call[0] as Record<string, unknown>);
  }

  it("notes each failure and the lock with a short tag, never the e-mail, address or password", async () => {
    const lines = watchLog();
    const email = "catatan@bapenda.test";
    const address = "198.51.100.23";
    for (let i = 0; i < THROTTLE.perEmail; i++) {
      await signInWithPassword({ email, password: "rahasia-sekali", address, now: at(40) });
    }

    const failed = lines().filter((line) => line.event === "auth.failed");
    const locked = lines().filter((line) => line.event === "auth.locked");
    expect(failed).toHaveLength(THROTTLE.perEmail - 1);
    expect(locked).toEqual([
      { event: "auth.locked", lockedBy: "email", emailTag: failed[0]!.emailTag },
    ]);
    expect(failed[0]!.emailTag).toMatch(/^[0-9a-f]{12}$/);
    expect(new Set(failed.map((line) => line.emailTag)).size).toBe(1);

    const written = JSON.stringify(lines());
    for (const secret of [email, address, "rahasia-sekali", "argon2"]) {
      expect(written).not.toContain(secret);
    }
  });

  it("says that an address locked, without naming the address", async () => {
    const lines = watchLog();
    const address = "198.51.100.77";
    for (let i = 0; i < THROTTLE.perAddress; i++) {
      await signInWithPassword({ email: `alamat${i}@x.test`, password: "x", address, now: at(41) });
    }

    expect(lines().find((line) => line.event === "auth.locked")).toMatchObject({
      lockedBy: "address",
    });
    expect(JSON.stringify(lines())).not.toContain(address);
  });

  it("names no password or hash when an official signs in", async () => {
    const lines = watchLog();
    await signInWithPassword({ email: "admin@bapenda.test", password: PASSWORD, address: null });

    expect(lines()).toContainEqual(expect.objectContaining({ event: "auth.signed-in" }));
    expect(JSON.stringify(lines())).not.toMatch(new RegExp(`${PASSWORD}|argon2|admin@bapenda`));
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

describe("the sign-in and sign-out actions called by hand with arguments of the wrong shape", () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ["a text", [{ status: "idle" }, "email=admin@bapenda.test"]],
    ["an object", [{ status: "idle" }, { email: "admin@bapenda.test", password: PASSWORD }]],
    ["nothing", []],
  ])("answer %s in place of the form with the form's error and one log line", async (_, args) => {
    const warn = vi.spyOn(logger, "warn");

    const state = await (signIn as (...args: unknown[]) => Promise<unknown>)(...args);

    expect(state).toEqual({
      status: "error",
      message: "Isian formulir masuk tidak terbaca. Muat ulang halaman ini, lalu masuk lagi.",
      fieldErrors: {},
      values: {},
    });
    expect(warn.mock.calls).toEqual([
      [
        { event: "action.refused-arguments", action: "signIn" },
        "server action called with arguments of the wrong shape",
      ],
    ]);
  });

  it("signs nobody out when called with something other than its form", async () => {
    const warn = vi.spyOn(logger, "warn");

    await expect(signOut("keluar")).resolves.toBeUndefined();

    expect(warn.mock.calls.map((call) => call[0])).toEqual([
      { event: "action.refused-arguments", action: "signOut" },
    ]);
  });
});
