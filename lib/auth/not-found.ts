import { cookies, headers } from "next/headers";
import { notFound } from "next/navigation";

import { NOT_FOUND_HEADER } from "@/lib/proxy/not-found-header";

// A notFound() thrown by a server action is rendered two ways by Next.js 16. Called from the
// browser's JavaScript, the error reaches the page's nearest not-found boundary, which under
// /dasbor is app/dasbor/not-found.tsx. A form posted without JavaScript is answered by the root
// not-found page alone (action-handler's `{ type: "not-found" }`, rendered by app-render with
// the root layout and app/not-found.tsx), which speaks to someone who scanned a QR code. A cookie
// the action sets is the one thing that render can read (the render sees the action's cookie
// writes), so the refusing action sets this one; with Max-Age=0 no browser keeps it.
const REFUSED_COOKIE = "simaskot_tidak_ditemukan";
const OFFICIALS = "dasbor";

/** Refuses an officials' action as the dashboards refuse an address: their own not-found page. */
export async function officialsNotFound(): Promise<never> {
  (await cookies()).set(REFUSED_COOKIE, OFFICIALS, {
    path: "/",
    maxAge: 0,
    httpOnly: true,
    sameSite: "lax",
  });
  notFound();
}

/** Whether the not-found page being rendered answers an officials' action or address. */
export async function isOfficialsNotFound(): Promise<boolean> {
  if ((await headers()).get(NOT_FOUND_HEADER) === OFFICIALS) return true;
  return (await cookies()).get(REFUSED_COOKIE)?.value === OFFICIALS;
}
