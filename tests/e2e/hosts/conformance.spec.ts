// The expectations table, run against the host of this Playwright project.
import { expect, test } from "@playwright/test";
import { DIFFERENCES, expectations } from "./expectations";
import { readExport } from "./export-facts";
import type { HostName } from "./hosts";
import { getter } from "./http";

for (const { id, what, run } of expectations(readExport())) {
  test(`${id}: ${what}`, async ({ baseURL }, info) => {
    const difference = DIFFERENCES[info.project.name as HostName]?.[id];
    test.skip(difference !== undefined, `differs on ${info.project.name}: ${difference}`);
    expect(await run(getter(baseURL!))).toEqual([]);
  });
}
