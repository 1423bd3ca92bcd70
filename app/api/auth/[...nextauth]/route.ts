import NextAuth from "next-auth";

import { authEndpoint } from "@/lib/auth/endpoints";
import { authOptions } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

function notFound(): Response {
  return new Response("Alamat ini tidak ada di SIMASKOT.\n", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

// The options are built per request: they read the signing key lazily, never at build time.
async function handler(request: Request, context: Context): Promise<Response> {
  const { nextauth } = await context.params;
  const answer = authEndpoint(request.method, nextauth, new URL(request.url).searchParams);
  if (answer.kind === "not-found") return notFound();
  if (answer.kind === "redirect") {
    // Relative, as next-auth's own redirects to /masuk are: right behind any proxy.
    return new Response(null, { status: 302, headers: { location: answer.location } });
  }
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
