import { eq } from "drizzle-orm";

import { getDb } from "@/db";
import { users, type User } from "@/db/schema";
import { logger } from "@/lib/logger";

import { verifyAgainstNothing, verifyPassword } from "./password";
import { authSecret } from "./secret";
import { clearFailures, findLock, recordFailure, throttleKeys } from "./throttle";

export type SignInResult =
  | { ok: true; user: User }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; until: Date };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks an official's e-mail and password. Failures count per e-mail (whether or not it has an
 * account) and per network address; past the limits both are refused for a while, with the same
 * answer for every e-mail, so that a lock tells nothing about which accounts exist.
 */
export async function signInWithPassword({
  email,
  password,
  address,
  now = new Date(),
}: {
  email: string;
  password: string;
  address: string | null;
  now?: Date;
}): Promise<SignInResult> {
  const db = await getDb();
  const normalised = normaliseEmail(email);
  const keys = throttleKeys({ email: normalised, address, secret: authSecret() });

  const lockedUntil = await findLock(db, keys, now);
  if (lockedUntil) {
    logger.warn({ event: "auth.refused-while-locked" }, "sign-in refused: locked");
    return { ok: false, reason: "locked", until: lockedUntil };
  }

  const [user] = await db.select().from(users).where(eq(users.email, normalised)).limit(1);
  const valid =
    user && user.active
      ? await verifyPassword(user.passwordHash, password)
      : await verifyAgainstNothing(password);

  if (!valid || !user) {
    const locked = await recordFailure(db, keys, now);
    if (locked) {
      logger.warn({ event: "auth.locked" }, "sign-in locked after repeated failures");
      return { ok: false, reason: "locked", until: (await findLock(db, keys, now)) ?? now };
    }
    return { ok: false, reason: "invalid" };
  }

  await clearFailures(db, keys.email);
  logger.info({ event: "auth.signed-in", userId: user.id, role: user.role }, "signed in");
  return { ok: true, user };
}
