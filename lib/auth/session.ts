import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";

import { getDb } from "@/db";
import { units, users } from "@/db/schema";

import { safeReturnPath } from "./return-path";
import { scopeOf, type Official } from "./scope";
import { decodeSession, SESSION_COOKIE, sessionEndsAt, signedInAtOf } from "./session-token";

/**
 * The signed-in official of this request, read from the session cookie and then from the
 * database: a deactivated account, a changed role or a sign-out takes effect at once, whatever
 * the token says. Once per request, however many parts of the page ask.
 */
export const getOfficial = cache(async (): Promise<Official | null> => {
  const value = (await cookies()).get(SESSION_COOKIE)?.value;
  return officialOfToken(await decodeSession(value));
});

/** The official of a route handler's request, from its session cookie. */
export async function getOfficialFromRequest(request: Request): Promise<Official | null> {
  const cookie = request.headers
    .get("cookie")
    ?.split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) return null;

  let value: string;
  try {
    value = decodeURIComponent(cookie.slice(SESSION_COOKIE.length + 1));
  } catch {
    return null; // A cookie nobody could have issued: no session, as with any bad token.
  }
  return officialOfToken(await decodeSession(value));
}

/** The official a decoded session token stands for, by the rules of findOfficial. */
export async function officialOfToken(
  token: { sub?: unknown; signedInAt?: unknown } | null,
  now = new Date(),
): Promise<Official | null> {
  const id = Number(token?.sub);
  const signedInAt = signedInAtOf(token);
  if (!Number.isSafeInteger(id) || id <= 0 || signedInAt === null) return null;
  return findOfficial({ id, signedInAt: new Date(signedInAt), now });
}

/**
 * The official with this id, for a session that began at `signedInAt`: refused when the session
 * is older than 8 hours, the account is deactivated, or the official signed out since.
 */
export async function findOfficial({
  id,
  signedInAt,
  now = new Date(),
}: {
  id: number;
  signedInAt: Date;
  now?: Date;
}): Promise<Official | null> {
  if (now >= sessionEndsAt(signedInAt.getTime())) return null;

  const db = await getDb();
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      agencyId: users.agencyId,
      unitId: users.unitId,
      unitAgencyId: units.agencyId,
      sessionsValidFrom: users.sessionsValidFrom,
    })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(eq(users.id, id))
    .limit(1);
  if (!user || !user.active) return null;
  if (user.sessionsValidFrom && signedInAt < user.sessionsValidFrom) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    scope: scopeOf(user),
  };
}

/** The signed-in official, or a redirect to the sign-in page that comes back here. */
export async function requireOfficial(returnTo = "/dasbor"): Promise<Official> {
  const official = await getOfficial();
  if (!official) redirect(`/masuk?kembali=${encodeURIComponent(safeReturnPath(returnTo))}`);
  return official;
}

/** Ends every session of the official, wherever its token was copied. */
export async function endSessions({ id, now = new Date() }: { id: number; now?: Date }) {
  const db = await getDb();
  await db.update(users).set({ sessionsValidFrom: now }).where(eq(users.id, id));
}
