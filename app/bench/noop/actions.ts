"use server";

import { redirect } from "next/navigation";

import { env } from "@/lib/env";

/**
 * The benchmark's floor: a server action that validates nothing and writes nothing. It answers
 * like the survey action does (303 to a static path), so that `npm run bench` compares like for
 * like. It takes what the survey action takes (a bound unit slug, then the form) and ignores
 * both. Reachable only when the server runs with ENABLE_BENCH_ROUTES=1.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function noopAction(_unitSlug: string, _formData: FormData): Promise<void> {
  if (env.ENABLE_BENCH_ROUTES !== "1") throw new Error("Bench routes are disabled");
  redirect("/bench/noop?ok=1");
}
