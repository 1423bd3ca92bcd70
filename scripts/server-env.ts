type Env = Record<string, string | undefined>;

/**
 * The environment `npm start` gives `next build` and `next start`. next-auth builds its own
 * URLs (endpoints, the callback-URL cookie) from NEXTAUTH_URL and assumes port 3000 without it,
 * so when it is unset it is derived from the port the server will listen on. An explicit
 * NEXTAUTH_URL (the public https address behind a proxy) always wins.
 */
export function serverEnv<E extends Env>(
  env: E,
  args: readonly string[],
): { build: E & Env; start: E & Env } {
  // Next reports anonymous usage unless told not to, and prints a notice about it on build.
  const quiet = { NEXT_TELEMETRY_DISABLED: "1" };
  const nextAuthUrl = env.NEXTAUTH_URL || `http://localhost:${listeningPort(env, args)}`;
  return {
    build: { ...env, ...quiet },
    start: { ...env, ...quiet, NEXTAUTH_URL: nextAuthUrl },
  };
}

/** The port `next start` will use: its -p/--port argument, else PORT, else 3000. */
export function listeningPort(env: Env, args: readonly string[]): number {
  let port = env.PORT;
  for (const [index, arg] of args.entries()) {
    if (arg === "-p" || arg === "--port") port = args[index + 1];
    else if (arg.startsWith("--port=")) port = arg.slice("--port=".length);
  }
  const number = Number(port);
  return Number.isInteger(number) && number > 0 ? number : 3000;
}
