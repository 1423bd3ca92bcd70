import { eq } from "drizzle-orm";
import { getServerSession } from "next-auth";
import { decode } from "next-auth/jwt";
import { redirect } from "next/navigation";

import { getDb } from "@/db";
import { units, users } from "@/db/schema";

import { authOptions, SESSION_COOKIE } from "./options";
import { authSecret } from "./secret";
import { scopeOf, type Official } from "./scope";

/**
 * The signed-in official, read again from the database on every request: a deactivated
 * account or a changed role takes effect at once, whatever the session token says.
 */
export async function getOfficial(): Promise<Official | null> {
  const session = (await getServerSession(authOptions())) as {
    userId?: string;
    signedInAt?: number;
  } | null;
  return officialOfToken({ sub: session?.userId, signedInAt: session?.signedInAt });
}

function officialOfToken(
  token: { sub?: unknown; signedInAt?: unknown } | null,
): Promise<Official | null> {
  const id = Number(token?.sub);
  if (!Number.isSafeInteger(id) || id <= 0) return Promise.resolve(null);
  const signedInAt = typeof token?.signedInAt === "number" ? new Date(token.signedInAt) : undefined;
  return findOfficial({ id, signedInAt });
}

/** The official with this id, unless deactivated or the session predates a sign-out. */
export async function findOfficial({
  id,
  signedInAt,
}: {
  id: number;
  signedInAt?: Date;
}): Promise<Official | null> {
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
  if (user.sessionsValidFrom && !(signedInAt && signedInAt >= user.sessionsValidFrom)) return null;
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
  if (!official) redirect(`/masuk?kembali=${encodeURIComponent(returnTo)}`);
  return official;
}

/** The official of a route handler's request, from its session cookie. */
export async function getOfficialFromRequest(request: Request): Promise<Official | null> {
  const cookie = request.headers
    .get("cookie")
    ?.split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) return null;

  const token = await decode({
    token: decodeURIComponent(cookie.slice(SESSION_COOKIE.length + 1)),
    secret: authSecret(),
  }).catch(() => null);
  return officialOfToken(token);
}

/** Ends every session of the official, wherever its token was copied. */
export async function endSessions({ id, now = new Date() }: { id: number; now?: Date }) {
  const db = await getDb();
  await db.update(users).set({ sessionsValidFrom: now }).where(eq(users.id, id));
}
