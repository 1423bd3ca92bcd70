import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { env } from "@/lib/env";

let cached: string | undefined;

/**
 * The key that signs sessions: NEXTAUTH_SECRET, or for a single server with no configuration a
 * random key kept in AUTH_SECRET_FILE. Several instances must share NEXTAUTH_SECRET.
 */
export function authSecret(): string {
  if (cached) return cached;
  if (env.NEXTAUTH_SECRET) return (cached = env.NEXTAUTH_SECRET);

  const file = path.resolve(env.AUTH_SECRET_FILE);
  try {
    cached = fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    cached = randomBytes(32).toString("base64url");
    fs.writeFileSync(file, cached, { mode: 0o600, flag: "wx" });
  }
  return cached;
}
