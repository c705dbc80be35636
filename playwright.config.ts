import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./scripts/chromium";
import { HOSTS } from "./tests/e2e/hosts/hosts";

const ours = HOSTS[0];
const chrome = { ...devices["Desktop Chrome"], launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS } };

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: "list",
  projects: [
    // The site's own behaviour, on our server.
    { name: "chromium", testIgnore: "hosts/**", use: { ...chrome, baseURL: `http://127.0.0.1:${ours.port}` } },
    // The host-conformance suite: the same expectations on every host we document.
    ...HOSTS.map((host) => ({ name: host.name, testMatch: "hosts/*.spec.ts", use: { ...chrome, baseURL: `http://127.0.0.1:${host.port}` } })),
  ],
  // Tests run against the exported production build (`npm run build` runs first in scripts/test.sh).
  // Each server runs in its own process group, which Playwright stops after the run:
  // SIGTERM first, so the host scripts remove their temporary folders.
  webServer: HOSTS.map((host) => ({
    command: host.command,
    url: `http://127.0.0.1:${host.port}/`,
    reuseExistingServer: false,
    timeout: host.timeout,
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 10_000 },
    stdout: "ignore" as const,
    stderr: "pipe" as const,
  })),
});
