import type { NextConfig } from "next";

const config: NextConfig = {
  // Every page is static HTML; scripts/finish-export.ts then removes the
  // client runtime and scripts/serve.ts (or any static host) serves out/.
  output: "export",
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
