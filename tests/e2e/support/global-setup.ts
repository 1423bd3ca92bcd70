import fs from "node:fs";
import path from "node:path";

// Each run without DATABASE_URL leaves its PGlite folder behind (the server still holds it when
// the run ends); the next run removes the earlier ones and keeps only its own.
export default function removeEarlierRunDatabases(): void {
  const current = process.env.E2E_PGLITE_DIR;
  const dataDir = path.resolve(".data");
  if (!current || !fs.existsSync(dataDir)) return;

  for (const entry of fs.readdirSync(dataDir)) {
    const folder = path.join(dataDir, entry);
    if (entry.startsWith("e2e-") && folder !== path.resolve(current)) {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }
}
