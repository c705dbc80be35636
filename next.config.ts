import { availableParallelism } from "node:os";
import type { NextConfig } from "next";

const config: NextConfig = {
  // Every page is static HTML; scripts/finish-export.ts then removes the
  // client runtime and scripts/serve.ts (or any static host) serves out/.
  output: "export",
  poweredByHeader: false,
  // `npm test` type-checks the whole project first (npm run typecheck: next typegen, then
  // tsc over it and Next's route types), so the build does not check the same code again.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // Render static pages on every core: the build machine does nothing else meanwhile.
  // globalNotFound: each language has its own root layout (app/(en), app/(es)), so the 404
  // page for unknown addresses is a whole document of its own (app/global-not-found.tsx).
  experimental: { cpus: Math.max(1, availableParallelism()), globalNotFound: true },
};

export default config;
