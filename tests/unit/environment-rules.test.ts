import { describe, expect, it } from "vitest";

import { checkEnv, ENV_RULES } from "@/lib/env-rules";

function problemsOf(source: Record<string, string>): string {
  const checked = checkEnv(source);
  if (checked.ok) throw new Error("expected the environment to be refused");
  return checked.error.message;
}

describe("the environment's rules", () => {
  it("says in Indonesian which variable is wrong and what it must be, never its value", () => {
    const message = problemsOf({ SIMASKOT_ADMIN_PASSWORD: "rahasia-ku" });

    expect(message.split("\n")).toEqual([
      "Variabel lingkungan SIMASKOT_ADMIN_PASSWORD harus sedikitnya 12 karakter dan tidak hanya spasi.",
      "Perbaiki nilainya, atau hapus variabel itu bila tidak diperlukan, lalu jalankan lagi " +
        "(lihat README, bagian Environment).",
    ]);
    expect(message).not.toContain("rahasia-ku");
  });

  it("names every wrong variable once, each on its own line", () => {
    const message = problemsOf({
      TRUSTED_PROXIES: "dua",
      NEXTAUTH_SECRET: "pendek",
      DATABASE_URL: "localhost",
    });

    const named = [...message.matchAll(/^Variabel lingkungan (\w+) harus/gm)].map((m) => m[1]);
    expect(named).toEqual(["DATABASE_URL", "NEXTAUTH_SECRET", "TRUSTED_PROXIES"]);
    expect(message.split("\n")).toHaveLength(4);
  });

  it.each([
    ["NODE_ENV", "produksi"],
    ["DATABASE_URL", "bukan alamat"],
    ["LOG_LEVEL", "ramai"],
    ["NEXTAUTH_SECRET", "x".repeat(31)],
    ["NEXTAUTH_URL", "simaskot.ntbprov.go.id"],
    ["NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", "abc"],
    ["SIMASKOT_ADMIN_EMAIL", "admin"],
    ["SIMASKOT_ADMIN_PASSWORD", "x".repeat(11)],
    ["SIMASKOT_ADMIN_PASSWORD", " ".repeat(12)],
    ["TRUSTED_PROXIES", "6"],
    ["ENABLE_BENCH_ROUTES", "ya"],
    ["PORT", "abc"],
    ["PORT", "3001.5"],
    ["PORT", "1e3"],
    ["PORT", "99999"],
    ["PORT", "0"],
  ])("refuses %s=%s with its own rule", (name, value) => {
    const rule = ENV_RULES[name as keyof typeof ENV_RULES];
    expect(problemsOf({ [name]: value })).toContain(`Variabel lingkungan ${name} harus ${rule}.`);
  });

  it("takes a port of digits as its number", () => {
    expect(checkEnv({ PORT: "3001" })).toMatchObject({ ok: true, env: { PORT: 3001 } });
  });

  it("takes a variable set to the empty string as unset, with its default", () => {
    const checked = checkEnv({ SIMASKOT_ADMIN_PASSWORD: "", TRUSTED_PROXIES: "", PGLITE_DIR: "" });

    expect(checked).toMatchObject({
      ok: true,
      env: { TRUSTED_PROXIES: 0, PGLITE_DIR: ".data/pglite" },
    });
    expect(checked.ok && checked.env.SIMASKOT_ADMIN_PASSWORD).toBeUndefined();
  });
});
