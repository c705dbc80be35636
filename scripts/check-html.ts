// Validates every built page with the Nu Html Checker (vnu-jar, run on the
// machine's Java). Fails on any error, listed by file; warnings are shown.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import vnuJar from "vnu-jar";

const OUT = path.resolve(process.env.OUT_DIR ?? "out");
const pages = fs
  .readdirSync(OUT, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
  .map((entry) => path.join(entry.parentPath, entry.name));

// Valid modern CSS that the checker's CSS parser does not know yet (Tailwind 4
// emits both). Only these exact messages are set aside.
const OUTDATED_CSS_CHECKS = [/^CSS: Unrecognized at-rule “@property”\.?$/, /^CSS: “margin-trim”: Property “margin-trim” doesn't exist\.?$/];

type Message = { type: string; subType?: string; url: string; lastLine?: number; message: string };
const run = spawnSync("java", ["-jar", vnuJar, "--format", "json", "--exit-zero-always", ...pages], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
// vnu writes its JSON report to stderr.
let report: { messages?: Message[] };
try {
  report = JSON.parse(run.stderr);
} catch {
  console.error(`The HTML checker could not run (is Java installed?): ${run.error?.message ?? run.stderr ?? ""}`);
  process.exit(1);
}
const messages = (report.messages ?? []).filter((m) => !OUTDATED_CSS_CHECKS.some((pattern) => pattern.test(m.message)));
const byFile = new Map<string, Message[]>();
for (const m of messages) {
  const file = path.relative(process.cwd(), new URL(m.url).pathname);
  byFile.set(file, [...(byFile.get(file) ?? []), m]);
}
// Errors are listed by file; warnings only counted (HTML_WARNINGS=1 lists them too).
const isError = (m: Message) => m.type === "error" || m.subType === "fatal";
const errors = messages.filter(isError).length;
for (const [file, list] of byFile) {
  const shown = list.filter((m) => isError(m) || process.env.HTML_WARNINGS);
  if (!shown.length) continue;
  console.log(file);
  for (const m of shown) console.log(`  ${isError(m) ? "error" : "warning"}${m.lastLine ? ` (line ${m.lastLine})` : ""}: ${m.message}`);
}
console.log(`HTML check: ${pages.length} pages, ${errors} errors, ${messages.length - errors} warnings`);
process.exit(errors ? 1 : 0);
