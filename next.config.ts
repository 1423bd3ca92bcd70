import type { NextConfig } from "next";

import { env } from "./lib/env";
import { serverActionsKey } from "./lib/server-actions-key";

// Read by next build (action ids) and next start (bound arguments): both load this file.
process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = serverActionsKey({
  configured: env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY,
  file: env.SERVER_ACTIONS_KEY_FILE,
});

// Sent with every response. Nothing may frame the portal (a framed sign-in or survey form is a
// clickjacking target); the CSP only restricts framing, plugins, <base> and where forms post,
// since Next's inline scripts would need a nonce for anything stricter. No page uses a camera,
// microphone, location or payment, so none may ask for one.
const SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Content-Security-Policy",
    value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  },
];

const nextConfig: NextConfig = {
  // PGlite loads its wasm and data files from its own package folder at run time; bundling it
  // rewrites those URLs and every database page fails after a successful build.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pino"],
  poweredByHeader: false,
  experimental: {
    // The proxy reads multipart bodies to refuse unreadable ones; Next.js buffers each body for
    // it. Server actions take at most 1 MB, so nothing larger needs buffering.
    proxyClientMaxBodySize: "1mb",
  },
  typedRoutes: false,
  headers: async () => [{ source: "/:path*", headers: SECURITY_HEADERS }],
};

export default nextConfig;
