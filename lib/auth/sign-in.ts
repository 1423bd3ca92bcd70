import { eq } from "drizzle-orm";

import { getDb } from "@/db";
import { users, type User } from "@/db/schema";
import { logger } from "@/lib/logger";

import { verifyAgainstNothing, verifyPassword } from "./password";
import { authSecret } from "./secret";
import {
  claimAttempt,
  type LockedKeys,
  logTag,
  settleFailure,
  settleSuccess,
  throttleKeys,
} from "./throttle";

/** A signed-in user as the rest of the code sees it: never with the password's hash. */
export type SignedInUser = Omit<User, "passwordHash">;

export type SignInResult =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "invalid" }
  /** `failed`: this very attempt was checked and was wrong, and its failure set the lock. */
  | { ok: false; reason: "locked"; until: Date; failed: boolean };

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

  const tag = logTag(keys);

  const claim = await claimAttempt(db, keys, now);
  if (claim.kind === "locked") {
    if (claim.justLocked) {
      logger.warn(
        { event: "auth.locked", lockedBy: lockedBy(claim.by), emailTag: tag },
        "sign-in locked after repeated failures",
      );
    } else {
      logger.warn({ event: "auth.refused-while-locked", emailTag: tag }, "sign-in refused: locked");
    }
    return { ok: false, reason: "locked", until: claim.until, failed: false };
  }

  const [user] = await db.select().from(users).where(eq(users.email, normalised)).limit(1);
  const valid =
    user && user.active
      ? await verifyPassword(user.passwordHash, password)
      : await verifyAgainstNothing(password);

  if (!valid || !user) {
    const locked = await settleFailure(db, keys, claim, now);
    if (locked) {
      logger.warn(
        { event: "auth.locked", lockedBy: lockedBy(locked.by), emailTag: tag },
        "sign-in locked after repeated failures",
      );
      return { ok: false, reason: "locked", until: locked.until, failed: true };
    }
    logger.info({ event: "auth.failed", emailTag: tag }, "sign-in failed");
    return { ok: false, reason: "invalid" };
  }

  await settleSuccess(db, keys);
  logger.info({ event: "auth.signed-in", userId: user.id, role: user.role }, "signed in");
  return { ok: true, user: withoutPasswordHash(user) };
}

function withoutPasswordHash(user: User): SignedInUser {
  const signedIn: Partial<User> = { ...user };
  delete signedIn.passwordHash;
  return signedIn as SignedInUser;
}

// Which kind of key the lock fell on, never the key itself.
function lockedBy(locked: LockedKeys): "email" | "address" | "email+address" {
  if (locked.email && locked.address) return "email+address";
  return locked.email ? "email" : "address";
}
