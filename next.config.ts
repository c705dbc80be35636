import type { NextConfig } from "next";
import { aliasRedirects } from "./lib/content/redirects";
import { getSite } from "./lib/content/site";

const config: NextConfig = {
  // Tells nobody which framework serves the pages.
  poweredByHeader: false,
  reactStrictMode: true,
  async redirects() {
    return aliasRedirects(getSite()).map(({ from, to }) => ({ source: from, destination: to, permanent: true }));
  },
};

export default config;
