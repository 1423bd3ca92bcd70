import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The key Next.js derives server action ids from (a hash of this key, the action's file and its
 * export name) and encrypts actions' bound arguments with. A stable key keeps a form rendered
 * before a deploy sendable after it. Set NEXT_SERVER_ACTIONS_ENCRYPTION_KEY (what several
 * instances must share); a single server without it keeps a random key in a file, like the
 * session key. Next.js would otherwise make a new key for every clean build.
 */
export function serverActionsKey({
  configured,
  file,
}: {
  configured: string | undefined;
  file: string;
}): string {
  if (configured) return configured;

  const resolved = path.resolve(file);
  try {
    return fs.readFileSync(resolved, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(resolved), { recursive: true });
    const key = randomBytes(32).toString("base64");
    fs.writeFileSync(resolved, key, { mode: 0o600, flag: "wx" });
    return key;
  }
}
