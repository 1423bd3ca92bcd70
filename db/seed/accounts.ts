import { createUser, type NewUserInput } from "@/lib/auth/users";

import type { Executor } from "../client";

export const DEMO_PASSWORD = "simaskot-demo";

export const DEMO_ACCOUNTS: ReadonlyArray<Omit<NewUserInput, "password">> = [
  { email: "provinsi@simaskot.test", name: "Admin Biro Organisasi", role: "admin_provinsi" },
  { email: "pimpinan@simaskot.test", name: "Pimpinan Daerah", role: "pimpinan" },
  {
    email: "bapenda@simaskot.test",
    name: "Admin Bapenda",
    role: "admin_opd",
    agencySlug: "bapenda",
  },
  {
    email: "samsat-mataram@simaskot.test",
    name: "Operator Samsat Mataram",
    role: "operator_unit",
    unitSlug: "samsat-mataram",
  },
];

/** One demo account per role, all with the published demo password. Demo databases only. */
export async function seedDemoAccounts(db: Executor): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    await createUser(db, { ...account, password: DEMO_PASSWORD });
  }
}
