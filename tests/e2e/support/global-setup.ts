import fs from "node:fs";
import path from "node:path";

// Each run without DATABASE_URL leaves its PGlite folder behind (the server still holds it when
// the run ends); the next run removes the earlier ones that no live server holds.
export default function removeEarlierRunDatabases(): void {
  const current = process.env.E2E_PGLITE_DIR;
  const dataDir = path.resolve(".data");
  if (!current || !fs.existsSync(dataDir)) return;

  for (const entry of fs.readdirSync(dataDir)) {
    const folder = path.join(dataDir, entry);
    if (entry.startsWith("e2e-") && !entry.endsWith(".lock") && folder !== path.resolve(current)) {
      if (heldByLiveProcess(folder)) continue;
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }
}

function heldByLiveProcess(folder: string): boolean {
  try {
    process.kill(Number(fs.readFileSync(`${folder}.lock`, "utf8")), 0);
    return true;
  } catch {
    return false;
  }
}
