import { eq } from "drizzle-orm";
import type { NextAuthOptions } from "next-auth";
import { decode, encode, type JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";

import { users } from "@/db/schema";
import { authOptions } from "@/lib/auth/options";
import { safeCallbackUrl } from "@/lib/auth/return-path";
import { authSecret } from "@/lib/auth/secret";
import { endSessions, findOfficial, getOfficialFromRequest } from "@/lib/auth/session";
import {
  encodeSession,
  SESSION_COOKIE,
  SESSION_SECONDS,
  sessionClaims,
} from "@/lib/auth/session-token";
import { createUser } from "@/lib/auth/users";

import { useTestDatabase } from "./test-database";

const { db } = useTestDatabase();
const PASSWORD = "kata-sandi-yang-panjang";
const HOURS = 60 * 60_000;
let counter = 0;

async function newOfficial(): Promise<{ id: number; email: string; name: string }> {
  const email = `sesi-${++counter}@bapenda.test`;
  const { id } = await createUser(db(), {
    email,
    name: "Sesi",
    password: PASSWORD,
    role: "pimpinan",
  });
  return { id, email, name: "Sesi" };
}

const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOURS);

// next-auth's own encode, as its session endpoint re-issues a token: a fresh iat and exp.
async function requestWithToken(token: Record<string, unknown>): Promise<Request> {
  const cookie = await encode({ token, secret: authSecret(), maxAge: SESSION_SECONDS });
  return new Request("http://localhost/dasbor/ekspor", {
    headers: { cookie: `other=1; ${SESSION_COOKIE}=${cookie}` },
  });
}

function requestWithSession(
  user: { id: number; email: string; name: string },
  signedInAt = new Date(),
): Promise<Request> {
  return requestWithToken(sessionClaims(user, signedInAt));
}

describe("sessions", () => {
  it("carry the official's role and scope, read from the database", async () => {
    const user = await newOfficial();
    const official = await getOfficialFromRequest(await requestWithSession(user));
    expect(official).toMatchObject({ id: user.id, role: "pimpinan", scope: { level: "province" } });
    expect(JSON.stringify(official)).not.toMatch(/argon2|password/i);
  });

  it("are refused when the token is forged or signed with another key", async () => {
    const user = await newOfficial();
    const forged = await encode({
      token: sessionClaims(user),
      secret: "x".repeat(40),
    });
    const request = new Request("http://localhost/", {
      headers: { cookie: `${SESSION_COOKIE}=${forged}` },
    });
    expect(await getOfficialFromRequest(request)).toBeNull();
    expect(
      await getOfficialFromRequest(
        new Request("http://localhost/", { headers: { cookie: `${SESSION_COOKIE}=abc` } }),
      ),
    ).toBeNull();
    // A cookie that is not even valid percent-encoding is no session either, not an error.
    expect(
      await getOfficialFromRequest(
        new Request("http://localhost/", { headers: { cookie: `${SESSION_COOKIE}=%E0%A4%A` } }),
      ),
    ).toBeNull();
  });

  it("end at once when the account is deactivated", async () => {
    const user = await newOfficial();
    const request = await requestWithSession(user);
    expect(await getOfficialFromRequest(request)).not.toBeNull();

    await db().update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await findOfficial({ id: user.id, signedInAt: new Date() })).toBeNull();
    expect(await getOfficialFromRequest(request)).toBeNull();
  });

  it("end on sign-out for every copy of the token, and a new sign-in works", async () => {
    const user = await newOfficial();
    const copied = await requestWithSession(user, hoursAgo(2));
    expect(await getOfficialFromRequest(copied)).not.toBeNull();

    await endSessions({ id: user.id, now: hoursAgo(1) });
    expect(await getOfficialFromRequest(copied)).toBeNull();

    const again = await requestWithSession(user, hoursAgo(1));
    expect(await getOfficialFromRequest(again)).toMatchObject({ id: user.id, role: "pimpinan" });
  });

  it("stay ended after sign-out even when the token is re-issued", async () => {
    const user = await newOfficial();
    const claims = sessionClaims(user);
    await endSessions({ id: user.id, now: new Date(claims.signedInAt + 1000) });

    // next-auth renews the token's iat on refresh; the sign-in time travels unchanged.
    expect(await getOfficialFromRequest(await requestWithToken(claims))).toBeNull();
  });

  it("are refused when the token has no sign-in time, signed out or not", async () => {
    const user = await newOfficial();
    const withoutTime = { sub: String(user.id), email: user.email, name: user.name };
    expect(await getOfficialFromRequest(await requestWithToken(withoutTime))).toBeNull();
    expect(
      await getOfficialFromRequest(await requestWithToken({ ...withoutTime, signedInAt: "0" })),
    ).toBeNull();
  });

  it("end 8 hours after sign-in, however freshly next-auth re-issued the token", async () => {
    const user = await newOfficial();
    const almost = await requestWithSession(user, new Date(Date.now() - 8 * HOURS + 60_000));
    const over = await requestWithSession(user, new Date(Date.now() - 8 * HOURS - 1000));

    expect(await getOfficialFromRequest(almost)).toMatchObject({ id: user.id });
    expect(await getOfficialFromRequest(over)).toBeNull();
  });

  it("are written to expire at the hard end, not 8 hours after the latest re-issue", async () => {
    const user = await newOfficial();
    const signedInAt = hoursAgo(3);
    const token = await encodeSession(sessionClaims(user, signedInAt));

    const claims = await decode({ token, secret: authSecret() });
    const end = (signedInAt.getTime() + 8 * HOURS) / 1000;
    expect(claims!.exp).toBeGreaterThanOrEqual(Math.floor(end) - 1);
    expect(claims!.exp).toBeLessThanOrEqual(Math.ceil(end) + 1);
  });
});

type JwtCallback = NonNullable<NonNullable<NextAuthOptions["callbacks"]>["jwt"]>;
type SessionCallback = NonNullable<NonNullable<NextAuthOptions["callbacks"]>["session"]>;

function jwtCallback(token: JWT, user?: { id: string }) {
  const jwt = authOptions().callbacks!.jwt as JwtCallback;
  return jwt({ token, user, account: null } as Parameters<JwtCallback>[0]);
}

function signOutEvent(token: JWT | null) {
  return authOptions().events!.signOut!({ token } as { token: JWT; session: never });
}

describe("next-auth's own endpoints", () => {
  it("re-issue a session that is still open, unchanged", async () => {
    const user = await newOfficial();
    const claims = sessionClaims(user, hoursAgo(1));
    await expect(jwtCallback(claims)).resolves.toEqual(claims);
  });

  it("refuse to re-issue a signed-out, expired or timeless token, so the cookie is cleared", async () => {
    const user = await newOfficial();
    const signedOut = sessionClaims(user, hoursAgo(2));
    await endSessions({ id: user.id, now: hoursAgo(1) });
    const timeless = { sub: String(user.id), email: user.email, name: user.name };

    await expect(jwtCallback(signedOut)).rejects.toThrow(/session ended/);
    await expect(jwtCallback(sessionClaims(user, hoursAgo(9)))).rejects.toThrow(/session ended/);
    await expect(jwtCallback(timeless)).rejects.toThrow(/session ended/);
  });

  it("stamp a sign-in through the credentials endpoint with its time", async () => {
    const before = Date.now();
    const token = await jwtCallback({ sub: "1", name: "x", email: "x@y.test" }, { id: "1" });
    expect(token.signedInAt).toBeGreaterThanOrEqual(before);
  });

  it("say when the session really ends", async () => {
    const signedInAt = hoursAgo(7);
    const session = authOptions().callbacks!.session as SessionCallback;
    const answer = await session({
      session: { user: { name: "x" }, expires: new Date(Date.now() + 8 * HOURS).toISOString() },
      token: sessionClaims({ id: 1, email: "x@y.test", name: "x" }, signedInAt),
    } as unknown as Parameters<SessionCallback>[0]);
    expect(answer.expires).toBe(new Date(signedInAt.getTime() + 8 * HOURS).toISOString());
  });

  it("end every session on sign-out, like the portal's Keluar", async () => {
    const user = await newOfficial();
    const token = sessionClaims(user, hoursAgo(1));
    const copied = await requestWithToken(token);

    await signOutEvent(token);
    expect(await getOfficialFromRequest(copied)).toBeNull();
  });

  it("let an old or unreadable token sign nobody out", async () => {
    const user = await newOfficial();
    const current = await requestWithSession(user, hoursAgo(1));

    await signOutEvent(sessionClaims(user, hoursAgo(9)));
    await signOutEvent(null);
    expect(await getOfficialFromRequest(current)).toMatchObject({ id: user.id });
  });

  it.each([
    [
      "http://localhost:3000/dasbor/unit/samsat-mataram?periode=x",
      "/dasbor/unit/samsat-mataram?periode=x",
    ],
    ["/dasbor/opd/bapenda", "/dasbor/opd/bapenda"],
    ["http://localhost:3000/api/auth/signout", "/dasbor"],
    ["http://localhost:3000", "/dasbor"],
    ["https://jahat.example/dasbor", "/dasbor"],
    ["//jahat.example/dasbor", "/dasbor"],
  ])("send an official on from %s only to a portal page (%s)", (url, path) => {
    expect(safeCallbackUrl(url, "http://localhost:3000")).toBe(`http://localhost:3000${path}`);
  });
});
