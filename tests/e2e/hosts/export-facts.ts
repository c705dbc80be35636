import fs from "node:fs";
import path from "node:path";
import type { ServerManifest } from "../../../lib/export/host-config";
import { sitemapPaths } from "../site";
import type { ExportFacts } from "./expectations";

/** The built export the hosts serve, as the expectations need it. */
export function readExport(outDir = process.env.OUT_DIR ?? "out"): ExportFacts {
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, "_server.json"), "utf8")) as ServerManifest;
  return {
    manifest,
    notFoundPages: Object.fromEntries(manifest.notFound.map((page) => [page, fs.readFileSync(path.join(outDir, `${page}.html`))])),
    sitemapPaths: sitemapPaths(),
    files: fs
      .readdirSync(outDir, { recursive: true, encoding: "utf8" })
      .filter((file) => fs.statSync(path.join(outDir, file)).isFile())
      .map((file) => `/${file.split(path.sep).join("/")}`)
      .sort(),
  };
}
