import { ESLint } from "eslint";
import { beforeAll, describe, expect, test } from "vitest";

// Each layering rule in eslint.config.mjs, fed one snippet that breaks it and
// one that keeps it, so a rule that stops firing fails here, not in review.
const eslint = new ESLint({ cwd: process.cwd() });

// The first lint loads the config and every plugin, which takes seconds on a busy machine.
beforeAll(() => eslint.lintText("", { filePath: "lib/warm-up.ts" }), 120_000);

async function rulesFiredOn(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe("lib/ knows nothing of React or Next", () => {
  test.each([
    ["React", 'import { useState } from "react";\nexport const x = useState;'],
    ["a Next type", 'import type { Metadata } from "next";\nexport type M = Metadata;'],
    ["a component", 'import { Faq } from "@/components/faq/Faq";\nexport const x = Faq;'],
    ["a route", 'import Page from "../../app/page";\nexport const x = Page;'],
  ])("rejects importing %s", async (_, code) => {
    expect(await rulesFiredOn("lib/seo/bad.ts", code)).toEqual([expect.stringMatching(/^no-restricted-imports: .*lib\/ (knows nothing|sits below)/)]);
  });

  test("rejects JSX", async () => {
    expect(await rulesFiredOn("lib/bad.tsx", "export const x = <p />;")).toEqual([expect.stringMatching(/^no-restricted-syntax: lib\/ knows nothing of React/)]);
  });

  test("accepts plain data code", async () => {
    expect(await rulesFiredOn("lib/good.ts", 'import { z } from "zod";\nexport const s = z.string();')).toEqual([]);
  });
});

describe("components/ read no files and no environment", () => {
  test.each([
    ["node:fs", 'import fs from "node:fs";\nexport const x = fs;'],
    ["a content loader", 'import { getSite } from "@/lib/content/site";\nexport const x = getSite;'],
    ["the site address, read from the environment", 'import { SITE_URL } from "../../lib/site-url";\nexport const x = SITE_URL;'],
  ])("rejects importing %s", async (_, code) => {
    expect(await rulesFiredOn("components/x/Bad.tsx", code)).toEqual([expect.stringMatching(/^no-restricted-imports: .*components\//)]);
  });

  test("rejects reading process.env", async () => {
    expect(await rulesFiredOn("components/x/Bad.tsx", "export const x = process.env.SITE_URL;")).toEqual([
      expect.stringMatching(/^no-restricted-globals: .*components\/ never read the environment/),
    ]);
  });

  test("accepts types from lib and the pure JSON-LD serializer", async () => {
    const code = 'import type { Source } from "@/lib/content/schemas/source";\nimport { serializeJsonLd } from "@/lib/seo/serialize-json-ld";\nexport const f = (s: Source) => serializeJsonLd(s);';
    expect(await rulesFiredOn("components/x/Good.tsx", code)).toEqual([]);
  });

  test("jsx-a11y is on: an image without a text alternative is rejected", async () => {
    expect(await rulesFiredOn("components/x/Bad.tsx", 'export const x = <img src="/a.png" />;')).toContainEqual(expect.stringMatching(/^jsx-a11y\/alt-text:/));
  });
});

describe("app/ only wires", () => {
  test("rejects markup of its own", async () => {
    expect(await rulesFiredOn("app/x/page.tsx", 'import { Faq } from "@/components/faq/Faq";\nexport default function P() { return <div><Faq entries={[]} /></div>; }')).toEqual([
      expect.stringMatching(/^no-restricted-syntax: app\/ only wires: put this markup in a component/),
    ]);
  });

  test("rejects words of its own", async () => {
    expect(await rulesFiredOn("app/x/page.tsx", 'import { Shell } from "@/components/Shell";\nexport default function P() { return <Shell>Page not found</Shell>; }')).toEqual([
      expect.stringMatching(/^no-restricted-syntax: app\/ only wires: words a reader sees live in content\//),
    ]);
  });

  test("rejects reading files or the environment", async () => {
    const fired = await rulesFiredOn("app/x/page.tsx", 'import fs from "node:fs";\nexport const x = [fs, process.env.X];');
    expect(fired).toEqual([expect.stringMatching(/^no-restricted-imports: .*app\/ only wires/), expect.stringMatching(/^no-restricted-globals: .*app\/ only wires/)]);
  });

  test("Next's plugin is on: a blocking script is reported", async () => {
    expect(await rulesFiredOn("app/x/page.tsx", 'import { Shell } from "@/components/Shell";\nexport default function P() { return <Shell><script src="/a.js" /></Shell>; }')).toContainEqual(
      expect.stringMatching(/^@next\/next\/no-sync-scripts:/),
    );
  });

  test("accepts a route that hands lib's data to a component", async () => {
    const code = 'import { Faq } from "@/components/faq/Faq";\nimport { getSite } from "@/lib/content/site";\nexport default function P() { return <Faq entries={getSite().articles[0].faqs} />; }';
    expect(await rulesFiredOn("app/x/page.tsx", code)).toEqual([]);
  });
});
