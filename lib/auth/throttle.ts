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

/** The time until which sign-in is refused for these keys, or null when it is allowed. */
export async function findLock(db: Executor, keys: ThrottleKeys, now: Date): Promise<Date | null> {
  const rows = await db
    .select({ lockedUntil: signInThrottle.lockedUntil })
    .from(signInThrottle)
    .where(inArray(signInThrottle.key, keysOf(keys)));
  const until = rows
    .map((row) => row.lockedUntil)
    .filter((date): date is Date => date !== null && date > now)
    .sort((a, b) => b.getTime() - a.getTime());
  return until[0] ?? null;
}

/** Which keys this failure locked: the e-mail, the address, both or neither. */
export type LockedKeys = { email: boolean; address: boolean };

/** Counts a failure against both keys. */
export async function recordFailure(
  db: Executor,
  keys: ThrottleKeys,
  now: Date,
): Promise<LockedKeys> {
  const email = await countFailure(db, keys.email, THROTTLE.perEmail, now);
  const address =
    keys.address !== null && (await countFailure(db, keys.address, THROTTLE.perAddress, now));
  return { email, address };
}

/**
 * A short, keyed tag of the e-mail key for log lines: enough to see that failures belong
 * together, useless for finding out the e-mail without the signing key.
 */
export function logTag(keys: ThrottleKeys): string {
  return keys.email.slice("email:".length, "email:".length + 12);
}

function keysOf(keys: ThrottleKeys): string[] {
  return keys.address === null ? [keys.email] : [keys.email, keys.address];
}

export async function clearFailures(db: Executor, key: string): Promise<void> {
  await db.delete(signInThrottle).where(eq(signInThrottle.key, key));
}

async function countFailure(db: Executor, key: string, limit: number, now: Date): Promise<boolean> {
  const windowStart = sql`${new Date(now.getTime() - THROTTLE.window).toISOString()}::timestamptz`;
  const at = sql`${now.toISOString()}::timestamptz`;
  const lockedUntil = new Date(now.getTime() + THROTTLE.lock);
  const [row] = await db
    .insert(signInThrottle)
    .values({ key, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: signInThrottle.key,
      set: {
        failures: sql`case when ${signInThrottle.windowStartedAt} < ${windowStart}
          then 1 else ${signInThrottle.failures} + 1 end`,
        windowStartedAt: sql`case when ${signInThrottle.windowStartedAt} < ${windowStart}
          then ${at} else ${signInThrottle.windowStartedAt} end`,
      },
    })
    .returning({ failures: signInThrottle.failures });
  if (!row || row.failures < limit) return false;

  await db
    .update(signInThrottle)
    .set({ lockedUntil, failures: 0, windowStartedAt: now })
    .where(eq(signInThrottle.key, key));
  return true;
}
