// Serves the exported site (out/) with the project's security headers,
// redirects and 404 page. PORT (default 3000) and HOST choose where.
import http from "node:http";
import path from "node:path";
import { handleRequest } from "../lib/server/handle-request";
import { loadStaticSite } from "../lib/server/static-site";

const root = path.resolve(process.env.OUT_DIR ?? "out");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

const site = loadStaticSite(root);
const server = http.createServer((req, res) => handleRequest(site, req, res));
server.keepAliveTimeout = 65_000;
server.listen(port, host, () => {
  const shown = host === "0.0.0.0" ? "localhost" : host;
  console.log(`IOP Guide: serving ${site.files.size} files from ${path.relative(process.cwd(), root) || "."}/ at http://${shown}:${port}/`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
