/** The public address of the site, for canonical links; SITE_URL overrides it per deployment. */
export const SITE_URL = (process.env.SITE_URL ?? "https://iop.example.org").replace(/\/+$/, "");
