import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

// npm run user:create as an administrator runs it, on an embedded database of its own.
const root = path.resolve(import.meta.dirname, "../..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "simaskot-user-create-"));
const PASSWORD = "kata-sandi-admin-panjang";

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function userCreate(args: string[], password = PASSWORD) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/user-create.ts", ...args], {
    cwd: root,
    env: { ...env, PGLITE_DIR: path.join(dataDir, "pglite"), SIMASKOT_PASSWORD: password },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const ADMIN = [
  "--email",
  "Admin@NTBprov.go.id",
  "--name",
  "Admin Biro",
  "--role",
  "admin_provinsi",
];

describe("npm run user:create", () => {
  it("creates the first admin and says so in Indonesian, without the password", () => {
    const run = userCreate(ADMIN);
    expect(run).toMatchObject({ code: 0, err: "" });
    expect(run.out).toMatch(
      /^Akun petugas dibuat: admin@ntbprov\.go\.id \(admin_provinsi\), nomor \d+\.$/m,
    );
    expect(run.out).not.toContain(PASSWORD);
  });

  it("refuses a second account with the same e-mail, naming neither password nor hash", () => {
    const run = userCreate(["--email", "admin@ntbprov.go.id", ...ADMIN.slice(2)]);
    expect(run.code).toBe(1);
    expect(run.err.trim()).toBe("Akun dengan e-mail itu sudah ada.");
    expect(run.err + run.out).not.toMatch(new RegExp(`${PASSWORD}|argon2`));
  });

  it.each([
    [["--role", "pimpinan"], "Lengkapi --email, --name."],
    [[...ADMIN, "--agency", "bapenda"], "Peran admin_provinsi tidak memakai --agency"],
    [
      [...ADMIN.slice(0, 4), "--role", "admin_opd", "--agency", "bapenda", "--unit", "x"],
      "Peran admin_opd tidak memakai --unit",
    ],
    [
      [...ADMIN.slice(0, 4), "--role", "operator_unit", "--agency", "bapenda", "--unit", "x"],
      "Peran operator_unit tidak memakai --agency",
    ],
    [[...ADMIN.slice(0, 4), "--role", "raja"], "Peran harus salah satu dari:"],
    [["--email", "bukan-email", ...ADMIN.slice(2)], "Tulis alamat e-mail yang benar"],
    [[...ADMIN, "--agensi", "bapenda"], "Pilihan --agensi tidak dikenal."],
    [[...ADMIN, "--unit"], "Pilihan --unit perlu nilai."],
  ])("refuses %j in Indonesian and shows how to use it", (args, message) => {
    const run = userCreate(args);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
    expect(run.err).toContain("Cara memakai:");
    expect(run.err).not.toMatch(/Usage|Invalid|Unknown|required/i);
  });

  it("refuses a short password before touching the database", () => {
    const run = userCreate(["--email", "pendek@ntbprov.go.id", ...ADMIN.slice(2)], "pendek");
    expect(run.code).toBe(2);
    expect(run.err).toContain("Kata sandi paling sedikit 12 karakter");
  });
});
