import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../chromium";

export type LighthouseFigures = { performance: number; accessibility: number; bestPractices: number; seo: number; lcpMs: number; tbtMs: number; cls: number };

const FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];

/** Lighthouse's default (mobile, simulated slow 4G) run of each URL, in Debian's Chromium. */
export async function runLighthouse(urls: string[]): Promise<Map<string, LighthouseFigures>> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: FLAGS });
  const figures = new Map<string, LighthouseFigures>();
  try {
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        logLevel: "error",
        output: "json",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      figures.set(url, {
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
        lcpMs: Math.round(audits["largest-contentful-paint"].numericValue ?? 0),
        tbtMs: Math.round(audits["total-blocking-time"].numericValue ?? 0),
        cls: Number((audits["cumulative-layout-shift"].numericValue ?? 0).toFixed(3)),
      });
    }
  } finally {
    chrome.kill();
  }
  return figures;
}
