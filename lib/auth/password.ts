import { hash, verify } from "@node-rs/argon2";

// argon2id with the parameters OWASP recommends for it (19 MiB, 2 passes, 1 lane).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the same time as a real check, so that an unknown e-mail answers as slowly. */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword("simaskot-no-such-account");
  await verifyPassword(await dummyHash, password);
  return false;
}
