import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "vitest";
import { loadSite } from "@/lib/content/load-site";
import { readSnapshot, writeSnapshot } from "@/lib/content/snapshot";

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "snapshot-"));

test("a content snapshot gives back the same site, tables and all", () => {
  const site = loadSite("tests/fixtures/valid");
  const file = path.join(tempDir(), "content.v8");
  writeSnapshot(file, site);
  const again = readSnapshot(file);
  expect(again.tables).toBeInstanceOf(Map);
  expect(again).toEqual(site);
});

test("broken content stops the build before Next starts, printing only the problems", async () => {
  const content = tempDir();
  fs.cpSync("tests/fixtures/valid", content, { recursive: true });
  fs.cpSync("tests/fixtures/broken/wrong-type/wrong-type.md", path.join(content, "articles/wrong-type.md"));
  fs.cpSync("tests/fixtures/broken/missing-field/missing-title.md", path.join(content, "articles/missing-title.md"));
  const build = promisify(execFile)("bash", ["scripts/build.sh"], { env: { ...process.env, CONTENT_DIR: content } });
  const failure = await build.then(
    () => expect.unreachable("the build should have failed"),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  const file = (name: string) => path.relative(process.cwd(), path.join(content, "articles", name));
  expect(failure.code).toBe(1);
  expect(failure.stdout).toBe("");
  expect(failure.stderr).toBe(
    [
      `${file("missing-title.md")}:2 title: required field is missing (expected string)`,
      `${file("wrong-type.md")}:6 order: expected number, found text "first"`,
      `${file("wrong-type.md")}:9 sources: expected a list, found text "tip-47"`,
      `${file("wrong-type.md")}:10 related: expected a list, found text "time-commitment"`,
      "",
    ].join("\n"),
  );
}, 30_000);
