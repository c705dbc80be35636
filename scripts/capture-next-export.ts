// npm run capture:next-export — run after upgrading Next. Builds the
// fixture content (tests/fixtures/valid) with `next build` alone, and
// records in tests/fixtures/next-export/ what this Next version wrote:
// its own records of it (record.json, read as lib/export/next-output.ts
// reads .next/), the list of every file in its out/, and every page and
// stylesheet as Next wrote them. tests/unit/finish-export.test.ts pins the
// finishing step on this capture, so a change in Next's output fails there.
// It overwrites out/ and .next/: run `npm run build` again afterwards.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readNextRecord } from "../lib/export/next-output";

const CONTENT = "tests/fixtures/valid";
const DEST = "tests/fixtures/next-export";
const snapshotDir = fs.mkdtempSync(path.join(os.tmpdir(), "capture-"));
const env = { ...process.env, CONTENT_DIR: CONTENT, CONTENT_SNAPSHOT: path.join(snapshotDir, "content.v8"), NEXT_TELEMETRY_DISABLED: "1" };
try {
  execFileSync("node", ["--import", "tsx", "scripts/read-content.ts"], { env, stdio: "inherit" });
  fs.rmSync("out", { recursive: true, force: true });
  execFileSync("npx", ["next", "build"], { env, stdio: ["ignore", "ignore", "inherit"] });
} finally {
  fs.rmSync(snapshotDir, { recursive: true, force: true });
}

const files = fs
  .readdirSync("out", { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => path.relative("out", path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
  .sort();
fs.rmSync(DEST, { recursive: true, force: true });
fs.mkdirSync(DEST, { recursive: true });
const version = (JSON.parse(fs.readFileSync("node_modules/next/package.json", "utf8")) as { version: string }).version;
fs.writeFileSync(path.join(DEST, "next-version.txt"), `${version}\n`);
fs.writeFileSync(path.join(DEST, "record.json"), `${JSON.stringify(readNextRecord(".next"), null, 2)}\n`);
fs.writeFileSync(path.join(DEST, "out-files.json"), `${JSON.stringify(files, null, 2)}\n`);
// Pages and stylesheets as Next wrote them; not our own files, which Next only copied from public/.
for (const file of files.filter((f) => (f.endsWith(".html") || f.endsWith(".css")) && !fs.existsSync(path.join("public", f)))) {
  fs.mkdirSync(path.dirname(path.join(DEST, "out", file)), { recursive: true });
  fs.copyFileSync(path.join("out", file), path.join(DEST, "out", file));
}
console.log(`captured Next ${version}'s export of ${CONTENT}: ${files.length} files, in ${DEST}/`);
