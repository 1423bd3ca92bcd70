import { createHmac } from "node:crypto";

import { eq, inArray, sql } from "drizzle-orm";

import type { Executor } from "@/db";
import { signInThrottle } from "@/db/schema";

export const THROTTLE = {
  window: 15 * 60_000,
  lock: 15 * 60_000,
  perEmail: 5,
  perAddress: 20,
} as const;

export type ThrottleKeys = { email: string; address: string | null };

/** Keys are keyed hashes: the table never holds an e-mail or a network address. */
export function throttleKeys({
  email,
  address,
  secret,
}: {
  email: string;
  address: string | null;
  secret: string;
}): ThrottleKeys {
  const digest = (value: string) => createHmac("sha256", secret).update(value).digest("hex");
  return {
    email: `email:${digest(email)}`,
    address: address === null ? null : `addr:${digest(address)}`,
  };
}

/** Which keys locked sign-in: the e-mail, the address, both or neither. */
export type LockedKeys = { email: boolean; address: boolean };

/** An attempt counted against its keys before its password is checked. */
export type Claim =
  | { kind: "allowed"; emailAttempts: number; addressAttempts: number | null }
  | { kind: "locked"; until: Date; by: LockedKeys; justLocked: boolean };

/**
 * Counts an attempt against the e-mail and the address before anything is verified, each in
 * one atomic upsert, so that guesses sent in parallel cannot all pass the check before any of
 * them is counted. An attempt past a limit is refused, and locks its key.
 */
export async function claimAttempt(db: Executor, keys: ThrottleKeys, now: Date): Promise<Claim> {
  const email = await countAttempt(db, keys.email, now);
  const address = keys.address === null ? null : await countAttempt(db, keys.address, now);

  const lockedNow = {
    email: email.lockedUntil !== null && email.lockedUntil > now,
    address: address?.lockedUntil != null && address.lockedUntil > now,
  };
  if (lockedNow.email || lockedNow.address) {
    const until = [email.lockedUntil, address?.lockedUntil]
      .filter((date): date is Date => date != null && date > now)
      .sort((a, b) => b.getTime() - a.getTime())[0]!;
    return { kind: "locked", until, by: lockedNow, justLocked: false };
  }
  const over = {
    email: email.attempts > THROTTLE.perEmail,
    address: address !== null && address.attempts > THROTTLE.perAddress,
  };
  if (over.email || over.address) {
    return { kind: "locked", ...(await lockKeys(db, keys, over, now)), justLocked: true };
  }
  return {
    kind: "allowed",
    emailAttempts: email.attempts,
    addressAttempts: address?.attempts ?? null,
  };
}

/** After a wrong password: locks the keys whose attempts reached their limit. */
export async function settleFailure(
  db: Executor,
  keys: ThrottleKeys,
  claim: Extract<Claim, { kind: "allowed" }>,
  now: Date,
): Promise<{ until: Date; by: LockedKeys } | null> {
  const spent = {
    email: claim.emailAttempts >= THROTTLE.perEmail,
    address: claim.addressAttempts !== null && claim.addressAttempts >= THROTTLE.perAddress,
  };
  if (!spent.email && !spent.address) return null;
  return lockKeys(db, keys, spent, now);
}

/** After the right password: the e-mail starts afresh, and the address forgets this attempt. */
export async function settleSuccess(db: Executor, keys: ThrottleKeys): Promise<void> {
  await db.delete(signInThrottle).where(eq(signInThrottle.key, keys.email));
  if (keys.address === null) return;
  await db
    .update(signInThrottle)
    .set({ failures: sql`greatest(${signInThrottle.failures} - 1, 0)` })
    .where(eq(signInThrottle.key, keys.address));
}

/**
 * A short, keyed tag of the e-mail key for log lines: enough to see that failures belong
 * together, useless for finding out the e-mail without the signing key.
 */
export function logTag(keys: ThrottleKeys): string {
  return keys.email.slice("email:".length, "email:".length + 12);
}

// A locked key keeps its lock and its count; otherwise the attempt is counted in the window.
async function countAttempt(
  db: Executor,
  key: string,
  now: Date,
): Promise<{ attempts: number; lockedUntil: Date | null }> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const windowStart = sql`${new Date(now.getTime() - THROTTLE.window).toISOString()}::timestamptz`;
  const locked = sql`${signInThrottle.lockedUntil} is not null and ${signInThrottle.lockedUntil} > ${at}`;
  const expired = sql`${signInThrottle.windowStartedAt} < ${windowStart}`;
  const [row] = await db
    .insert(signInThrottle)
    .values({ key, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: signInThrottle.key,
      set: {
        failures: sql`case when ${locked} then ${signInThrottle.failures}
          when ${expired} then 1 else ${signInThrottle.failures} + 1 end`,
        windowStartedAt: sql`case when not (${locked}) and ${expired}
          then ${at} else ${signInThrottle.windowStartedAt} end`,
      },
    })
    .returning({ attempts: signInThrottle.failures, lockedUntil: signInThrottle.lockedUntil });
  return { attempts: row!.attempts, lockedUntil: row!.lockedUntil };
}

// The count starts again once the lock is over.
async function lockKeys(
  db: Executor,
  keys: ThrottleKeys,
  which: LockedKeys,
  now: Date,
): Promise<{ until: Date; by: LockedKeys }> {
  const until = new Date(now.getTime() + THROTTLE.lock);
  const chosen = [which.email ? keys.email : null, which.address ? keys.address : null].filter(
    (key): key is string => key !== null,
  );
  await db
    .update(signInThrottle)
    .set({ lockedUntil: until, failures: 0, windowStartedAt: until })
    .where(inArray(signInThrottle.key, chosen));
  return { until, by: which };
}
