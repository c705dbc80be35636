import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { APP_ROUTES, pagePaths, RESERVED_SLUGS } from "@/lib/routes";

/** The routes Next makes of the files under a folder shaped like app/, by its file conventions. */
function routesOf(appDir: string): string[] {
  const routes: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const name = entry.name;
      if (entry.isDirectory()) {
        // (group) folders add no segment; _private and @slot folders are not routes.
        if (name.startsWith("_") || name.startsWith("@")) continue;
        walk(path.join(dir, name), /^\(.*\)$/.test(name) ? segments : [...segments, name]);
        continue;
      }
      const base = name.replace(/\.(tsx?|jsx?|mdx)$/, "");
      const at = (last: string) => `/${[...segments, last].filter(Boolean).join("/")}`;
      if (base === "page" || base === "route") routes.push(at(""));
      else if (base === "sitemap") routes.push(at("sitemap.xml"));
      else if (base === "robots") routes.push(at("robots.txt"));
      else if (/^(opengraph-image|twitter-image|icon|apple-icon)$/.test(base)) routes.push(at(base));
      else if (/^(icon|apple-icon|favicon)\.\w+$/.test(name)) routes.push(at(name));
    }
  };
  walk(appDir, []);
  return routes.sort();
}

describe("the route table in lib/routes.ts", () => {
  test("lists exactly the routes under app/", () => {
    expect(APP_ROUTES.map((r) => r.path).sort()).toEqual(routesOf("app"));
  });

  test("would notice a route added under app/ without a line in the table", () => {
    const app = fs.mkdtempSync(path.join(os.tmpdir(), "app-"));
    try {
      fs.cpSync("app", app, { recursive: true });
      fs.mkdirSync(path.join(app, "(info)", "about"), { recursive: true });
      fs.writeFileSync(path.join(app, "(info)", "about", "page.tsx"), "");
      expect(routesOf(app)).toContain("/about");
      expect(APP_ROUTES.map((r) => r.path)).not.toContain("/about");
    } finally {
      fs.rmSync(app, { recursive: true });
    }
  });

  test("reserves the top-level names of routes and of the export, and nothing else", () => {
    expect([...RESERVED_SLUGS].sort()).toEqual(["404", "checklists", "compare", "es", "faq", "glossary", "index", "search", "topics"]);
  });

  test("expands into every page, with the content's slugs", () => {
    expect(pagePaths({ articles: ["what-is-iop"], checklists: ["questions"] })).toEqual([
      "/",
      "/topics",
      "/faq",
      "/glossary",
      "/compare",
      "/checklists",
      "/search",
      "/checklists/questions",
      "/what-is-iop",
    ]);
    expect(pagePaths({ articles: [], checklists: [] }, { sitemapOnly: true })).not.toContain("/search");
  });
});
