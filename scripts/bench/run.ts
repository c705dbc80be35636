// npm run bench: prints the site's speed and size figures next to their
// targets. It never fails on a figure, only when a step cannot run.
// BENCH_QUICK=1 shortens the load runs and the scale build for a smoke run.
// BENCH_PARTS=sizes,throughput,load (any of scale, bytes, sizes, lighthouse,
// throughput, load) runs only those parts. BENCH_PORT picks the first of the
// three loopback ports it uses (default 3310).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadSite } from "../../lib/content/load-site";
import { articleSizes, FIRST_ROUND_TRIP } from "../../lib/perf/article-sizes";
import { firstVisitWeight, totals } from "../../lib/perf/page-weight";
import { generateContent } from "./generate-content";
import { runLighthouse } from "./lighthouse";
import { load } from "./load";
import { measure } from "./measure-process";
import { startServer } from "./servers";

const quick = Boolean(process.env.BENCH_QUICK);
const PORT = Number(process.env.BENCH_PORT ?? 3310);
const STATIC_PORT = PORT + 1;
const NGINX_PORT = PORT + 2;
const parts = new Set((process.env.BENCH_PARTS ?? "scale,bytes,sizes,lighthouse,throughput,load").split(","));
const part = async (name: string, run: () => Promise<void>) => (parts.has(name) ? run() : undefined);
const PAGES = [
  { name: "home", path: "/" },
  { name: "article", path: "/insurance" },
  { name: "FAQ hub", path: "/faq" },
  // Spanish runs longer than English: the Spanish article is measured beside its English one.
  { name: "artículo", path: "/es/seguro-medico" },
];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const heading = (text: string) => console.log(`\n== ${text} ==`);

async function scale() {
  heading("Build time and peak memory (whole process tree) for generated articles");
  const sizes = quick ? [100] : [100, 1000];
  // Each set starts with empty caches of its own (cards, compressed copies): "first build" draws and
  // compresses everything; "rebuild" is the same build again, as after an edit that changed nothing they hold.
  const build = async (count: number, caches: string, options: { spanish?: boolean } = {}) => {
    const dir = generateContent(count, options);
    const env = { ...process.env, CONTENT_DIR: dir, PREVIEW_CARDS_CACHE: `${caches}/preview-cards`, PRECOMPRESS_CACHE: `${caches}/precompress` };
    const log = path.join(caches, "build.log");
    const result = await measure(`npm run -s build > ${log}`, env);
    fs.rmSync(dir, { recursive: true, force: true });
    if (result.code !== 0) throw new Error(`the build of ${count} generated articles${options.spanish ? " with translations" : ""} failed`);
    // The build prints where its time went (scripts/build.sh).
    const steps = fs.readFileSync(log, "utf8").split("\n").find((l) => l.startsWith("build steps: "));
    return { ...result, steps: steps?.slice("build steps: ".length) ?? "(no step times printed)" };
  };
  const line = (label: string, result: { seconds: number; peakBytes: number; steps: string }, target = "") =>
    console.log(`${label.padEnd(52)} ${result.seconds.toFixed(1).padStart(6)} s, peak ${mb(result.peakBytes)}${target}\n${"".padEnd(54)}${result.steps}`);
  const targetFor = (count: number, seconds: number) => (count === 1000 ? ` (target ≤ 45 s: ${seconds <= 45 ? "met" : "NOT met"})` : "");
  const runs: { count: number; first: number; rebuild: number }[] = [];
  const cacheDirs: string[] = [];
  try {
    for (const count of sizes) {
      const caches = fs.mkdtempSync(path.join(os.tmpdir(), "iop-bench-caches-"));
      cacheDirs.push(caches);
      const first = await build(count, caches);
      line(`${count} articles, first build (empty caches)`, first, targetFor(count, first.seconds));
      const rebuild = await build(count, caches);
      line(`${count} articles, rebuild (cards and copies cached)`, rebuild, targetFor(count, rebuild.seconds));
      runs.push({ count, first: first.seconds, rebuild: rebuild.seconds });
    }
    if (runs.length === 2) {
      const [small, large] = runs;
      const perArticle = (large.rebuild - small.rebuild) / (large.count - small.count);
      console.log(
        `growth (rebuilds): ${(perArticle * 1000).toFixed(0)} ms per extra article after ${(small.rebuild - perArticle * small.count).toFixed(1)} s of fixed cost (time ratio ${(large.rebuild / small.rebuild).toFixed(1)}× for 10× the articles: linear or better)`,
      );
    }
    // The second language (#14): the largest set again, each article with its Spanish translation,
    // on the largest set's caches (its English cards and pages are there; the Spanish ones are new).
    const largest = runs[runs.length - 1];
    const caches = cacheDirs[cacheDirs.length - 1];
    const first = await build(largest.count, caches, { spanish: true });
    line(`${largest.count} + ${largest.count} translations, first build`, first);
    const both = await build(largest.count, caches, { spanish: true });
    line(`${largest.count} + ${largest.count} translations, rebuild`, both);
    console.log(
      `the second language (${largest.count} more article pages) costs ${(both.seconds - largest.rebuild).toFixed(1)} s on a rebuild (${((both.seconds / largest.rebuild - 1) * 100).toFixed(0)} %)`,
    );
  } finally {
    for (const caches of cacheDirs) fs.rmSync(caches, { recursive: true, force: true });
  }
}

async function bytes() {
  heading("First visit bytes (HTML + CSS + JS loaded by the page)");
  for (const page of PAGES) {
    const t = totals(firstVisitWeight("out", page.path));
    console.log(
      `${page.name.padEnd(8)} html ${kb(t.html.raw)} / ${kb(t.html.gzip)} gz, css ${kb(t.css.raw)} / ${kb(t.css.gzip)} gz (inlined in the HTML), js ${kb(t.js.raw)} / ${kb(t.js.gzip)} gz; total ${kb(t.all.gzip)} gzip (article target ≤ 50 KB)`,
    );
  }
}

async function sizes() {
  heading(`Every article's HTML as sent: Brotli and gzip (target ≤ ${kb(FIRST_ROUND_TRIP)} Brotli: the first round trip)`);
  const site = loadSite(process.env.CONTENT_DIR ?? "content");
  // Spanish articles (#14) are measured beside the English ones once their pages are built (out/es/<slug>.html).
  const spanish = (site.es?.articles ?? []).map((a) => `es/${a.slug}`);
  const built = spanish.filter((page) => fs.existsSync(`out/${page}.html.br`));
  if (built.length < spanish.length)
    console.log(`(${spanish.length - built.length} of ${spanish.length} Spanish articles have no page in out/ yet: not measured)`);
  const rows = articleSizes("out", [...site.articles.map((a) => a.slug), ...built]).sort((a, b) => b.brotli - a.brotli);
  for (const r of rows) {
    const over = r.brotli - FIRST_ROUND_TRIP;
    console.log(`${r.slug.padEnd(28)} br ${kb(r.brotli).padStart(8)}  gz ${kb(r.gzip).padStart(8)}  ${over > 0 ? `OVER by ${kb(over)}` : "ok"}`);
  }
  const over = rows.filter((r) => r.brotli > FIRST_ROUND_TRIP);
  console.log(
    `largest: ${rows[0].slug}, ${kb(rows[0].brotli)} Brotli, ${kb(rows[0].gzip)} gzip; ${over.length} of ${rows.length} articles over ${kb(FIRST_ROUND_TRIP)}`,
  );
}

async function lighthouse(url: string) {
  heading("Lighthouse 12, mobile (simulated slow 4G, throttled CPU)");
  const figures = await runLighthouse(PAGES.map((p) => `${url}${p.path}`));
  for (const page of PAGES) {
    const f = figures.get(`${url}${page.path}`)!;
    console.log(
      `${page.name.padEnd(8)} performance ${f.performance}, accessibility ${f.accessibility}, best practices ${f.bestPractices}, SEO ${f.seo}; LCP ${f.lcpMs} ms, TBT ${f.tbtMs} ms, CLS ${f.cls}`,
    );
  }
}

async function throughput(url: string, nginx: string) {
  heading("Throughput on loopback, same article, same run: our server, nginx (pre-compressed files) and a plain static server (sirv)");
  const seconds = quick ? 5 : 15;
  const statik = await startServer("scripts/bench/static-server.ts", STATIC_PORT);
  try {
    const ours = await load(`${url}/insurance`, 50, seconds);
    const theirs = await load(`${nginx}/insurance`, 50, seconds);
    const plain = await load(`${statik.url}/insurance`, 50, seconds);
    const row = (name: string, f: typeof ours) =>
      console.log(
        `${name.padEnd(14)} ${String(f.rps).padStart(6)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms (${f.requests} requests, 50 connections, ${seconds} s)`,
      );
    row("our server", ours);
    row("nginx", theirs);
    row("static (sirv)", plain);
    console.log(
      `ratio: our server does ${(ours.rps / theirs.rps).toFixed(2)}× the requests per second of nginx (p99 ${ours.p99} vs ${theirs.p99} ms) and ${(ours.rps / plain.rps).toFixed(2)}× those of sirv`,
    );
  } finally {
    statik.stop();
  }
}

async function loadTest(name: string, url: string) {
  const seconds = quick ? 10 : 60;
  heading(`Load test: 256 connections for ${seconds} s against ${name} (loopback only)`);
  const f = await load(`${url}/insurance`, 256, seconds);
  console.log(
    `${f.rps} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms; ${f.requests} requests, ${f.errors} errors, ${f.timeouts} timeouts, ${f.non2xx} non-2xx (target: 0 errors, 0 non-2xx)`,
  );
}

async function main() {
  await part("scale", scale);
  const url = `http://127.0.0.1:${PORT}`;
  heading("Build of the real site (both languages)");
  // Canonical links point at the bench server, as they would at a real deployment's own address.
  const build = await measure("npm run -s build > /dev/null", { ...process.env, SITE_URL: url });
  if (build.code !== 0) throw new Error("the build failed");
  console.log(`${build.seconds.toFixed(1)} s, peak ${mb(build.peakBytes)}`);
  await part("bytes", bytes);
  await part("sizes", sizes);
  const server = await startServer("scripts/serve.ts", PORT);
  // nginx serves the same out/ with the shipped configuration (scripts/hosts/nginx.sh).
  const nginx = await startServer(["bash", "scripts/hosts/nginx.sh"], NGINX_PORT);
  try {
    await part("lighthouse", () => lighthouse(url));
    await part("throughput", () => throughput(url, nginx.url));
    await part("load", () => loadTest("our server", url));
    await part("load", () => loadTest("nginx", nginx.url));
  } finally {
    server.stop();
    nginx.stop();
  }
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.message}`);
  process.exit(1);
});
