import type { NextConfig } from "next";

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
};

export default nextConfig;
