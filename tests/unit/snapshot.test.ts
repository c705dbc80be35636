import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "vitest";
import { loadSite } from "@/lib/content/load-site";
import { readSnapshot, sharedSnapshot, writeSnapshot } from "@/lib/content/snapshot";

const tempFile = (name: string) => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "snapshot-")), name);

test("a content snapshot gives back the same site, tables included", () => {
  const site = loadSite("tests/fixtures/valid");
  const file = tempFile("content.json");
  expect(readSnapshot(file)).toBeUndefined();
  writeSnapshot(file, site);
  const again = readSnapshot(file)!;
  expect(again.tables).toBeInstanceOf(Map);
  expect(again).toEqual(site);
});

test("once a snapshot exists, nobody loads the content again", () => {
  const file = tempFile("content.json");
  let loads = 0;
  const load = () => (loads++, loadSite("tests/fixtures/valid"));
  const first = sharedSnapshot(file, load);
  expect(sharedSnapshot(file, load)).toEqual(first);
  expect(loads).toBe(1);
});

test("a load that fails leaves no lock behind, so the next process tries and fails the same way", () => {
  const file = tempFile("content.json");
  const failing = () => {
    throw new Error("content problems");
  };
  expect(() => sharedSnapshot(file, failing)).toThrow("content problems");
  expect(fs.existsSync(`${file}.lock`)).toBe(false);
  expect(() => sharedSnapshot(file, failing)).toThrow("content problems");
});

test("a lock left by a process that died is taken over", async () => {
  const file = tempFile("content.json");
  const dead = await promisify(execFile)(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  fs.writeFileSync(`${file}.lock`, dead.stdout);
  expect(sharedSnapshot(file, () => loadSite("tests/fixtures/valid")).articles.length).toBeGreaterThan(0);
});

test("processes that ask at the same moment load the content once between them", async () => {
  const file = tempFile("content.json");
  const log = `${file}.log`;
  const run = () => promisify(execFile)("npx", ["tsx", "tests/fixtures/snapshot/load-once.ts", file, log]);
  const results = await Promise.all([run(), run(), run()]);
  const counts = new Set(results.map((r) => r.stdout));
  expect(counts.size).toBe(1);
  expect(Number([...counts][0])).toBeGreaterThan(0);
  expect(fs.readFileSync(log, "utf8").trim().split("\n")).toHaveLength(1);
}, 30_000);
