import type { NextConfig } from "next";

const config: NextConfig = {
  // Tells nobody which framework serves the pages.
  poweredByHeader: false,
  reactStrictMode: true,
  // Content is read at build time, relative to the project root.
  outputFileTracingIncludes: { "/*": ["./content/**/*"] },
};

export default config;
