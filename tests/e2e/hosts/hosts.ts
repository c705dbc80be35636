// The hosts the conformance suite runs against, each started by Playwright
// (its own process group, stopped after the run) on 127.0.0.1. nginx runs
// twice: with Debian's Brotli module, and without it, as on a host that
// lacks the module, to prove the shipped block falls back to gzip cleanly.
const base = Number(process.env.E2E_PORT ?? 3210);

export type HostName = "our server" | "nginx" | "nginx without Brotli" | "Cloudflare Pages";
export type Host = { name: HostName; port: number; command: string; timeout: number };

export const HOSTS: Host[] = [
  { name: "our server", port: base, command: `PORT=${base} HOST=127.0.0.1 npx tsx scripts/serve.ts`, timeout: 60_000 },
  { name: "nginx", port: base + 1, command: `PORT=${base + 1} bash scripts/hosts/nginx.sh`, timeout: 60_000 },
  // base + 3 is wrangler's inspector port.
  { name: "Cloudflare Pages", port: base + 2, command: `PORT=${base + 2} INSPECTOR_PORT=${base + 3} bash scripts/hosts/cloudflare-pages.sh`, timeout: 120_000 },
  { name: "nginx without Brotli", port: base + 4, command: `PORT=${base + 4} NGINX_BROTLI=off bash scripts/hosts/nginx.sh`, timeout: 60_000 },
];
