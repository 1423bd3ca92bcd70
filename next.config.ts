import type { NextConfig } from "next";

import { env } from "./lib/env";
import { serverActionsKey } from "./lib/server-actions-key";

// Read by next build (action ids) and next start (bound arguments): both load this file.
process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = serverActionsKey({
  configured: env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY,
  file: env.SERVER_ACTIONS_KEY_FILE,
});

const nextConfig: NextConfig = {
  // PGlite loads its wasm and data files from its own package folder at run time; bundling it
  // rewrites those URLs and every database page fails after a successful build.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pino"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
