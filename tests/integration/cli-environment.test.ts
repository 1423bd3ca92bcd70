import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

// npm start, npm run seed:demo and npm run user:create with an environment they cannot use.
const root = path.resolve(import.meta.dirname, "../..");

function run(script: string, env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const EXPLAINED = [
  "Variabel lingkungan SIMASKOT_ADMIN_PASSWORD harus sedikitnya 12 karakter dan tidak hanya spasi.",
  "Perbaiki nilainya, atau hapus variabel itu bila tidak diperlukan, lalu jalankan lagi " +
    "(lihat README, bagian Environment).",
  "",
].join("\n");

describe("a command given an environment it cannot use", () => {
  it.each(["start", "seed-demo", "user-create"])(
    "%s explains the variable in Indonesian and stops, with no stack trace",
    (script) => {
      // Nothing is built, opened or created: a folder that must never come to exist.
      const dataDir = path.join(root, ".data", "never-created");
      const result = run(script, {
        SIMASKOT_ADMIN_PASSWORD: "pendek",
        SIMASKOT_PASSWORD: "kata-sandi-yang-panjang",
        PGLITE_DIR: dataDir,
      });

      expect(result).toEqual({ code: 1, out: "", err: EXPLAINED });
      expect(fs.existsSync(dataDir)).toBe(false);
    },
  );
});
