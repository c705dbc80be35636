/**
 * The public address of the site, for canonical links, the sitemap, JSON-LD
 * and redirect pages. A deploy build (`npm run export`) refuses to run
 * without SITE_URL; `npm start` sets it to http://localhost:$PORT. Without it
 * (`next dev`, unit tests) links point at the local development server, never
 * at a made-up domain.
 */
export const SITE_URL = (process.env.SITE_URL || "http://localhost:3000").replace(/\/+$/, "");
