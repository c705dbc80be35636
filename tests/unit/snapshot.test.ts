import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { loadSite } from "@/lib/content/load-site";
import { readSnapshot, writeSnapshot } from "@/lib/content/snapshot";

test("a content snapshot gives back the same site, tables included", () => {
  const site = loadSite("tests/fixtures/valid");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "snapshot-")), "content.json");
  expect(readSnapshot(file)).toBeUndefined();
  writeSnapshot(file, site);
  const again = readSnapshot(file)!;
  expect(again.tables).toBeInstanceOf(Map);
  expect(again).toEqual(site);
});
