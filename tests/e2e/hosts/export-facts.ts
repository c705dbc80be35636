import fs from "node:fs";
import path from "node:path";
import type { ServerManifest } from "../../../lib/export/host-config";
import { sitemapPaths } from "../site";
import type { ExportFacts } from "./expectations";

/** The built export the hosts serve, as the expectations need it. */
export function readExport(outDir = process.env.OUT_DIR ?? "out"): ExportFacts {
  return {
    manifest: JSON.parse(fs.readFileSync(path.join(outDir, "_server.json"), "utf8")) as ServerManifest,
    notFoundPage: fs.readFileSync(path.join(outDir, "404.html")),
    sitemapPaths: sitemapPaths(),
    files: fs
      .readdirSync(outDir, { recursive: true, encoding: "utf8" })
      .filter((file) => fs.statSync(path.join(outDir, file)).isFile())
      .map((file) => `/${file.split(path.sep).join("/")}`)
      .sort(),
  };
}
