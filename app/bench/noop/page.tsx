import { notFound } from "next/navigation";
import { connection } from "next/server";

import { env } from "@/lib/env";
import { newFormTicket } from "@/lib/survey/fields";

import { noopAction } from "./actions";

// The benchmark's no-op floor (see bench/): the survey form's hidden inputs and a bound action,
// nothing else. Dynamic, so that the build never freezes the environment check; a 404 unless
// the server runs with ENABLE_BENCH_ROUTES=1.
export default async function BenchNoopPage() {
  await connection();
  if (env.ENABLE_BENCH_ROUTES !== "1") notFound();
  const ticket = newFormTicket();

  return (
    <form action={noopAction.bind(null, "bench")}>
      <title>Bench no-op</title>
      <input type="hidden" name="kode" value={ticket.clientId} />
      <input type="hidden" name="survei" value="0" />
      <input type="hidden" name="mulai" value={ticket.startedAt} />
      <input type="hidden" name="sumber" value="web" />
      <button type="submit">Kirim</button>
    </form>
  );
}
