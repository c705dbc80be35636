// npm run check:dev-reload: proves that `npm run dev` shows an edited
// article on the next reload, without a restart. Starts `next dev` on a
// copy of the fixture content (PORT, or a free port), edits one article's
// title, reloads, and fails unless the new title is served.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function fetchUntilReady(url: string, deadline: number): Promise<string> {
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return await response.text();
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 in time`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const content = fs.mkdtempSync(path.join(os.tmpdir(), "dev-reload-"));
fs.cpSync("tests/fixtures/valid", content, { recursive: true });
const article = path.join(content, "articles", "what-is-iop.md");
const port = Number(process.env.PORT ?? (await freePort()));
const dev = spawn("npx", ["next", "dev", "--port", String(port), "--hostname", "127.0.0.1"], {
  env: { ...process.env, CONTENT_DIR: content, NEXT_TELEMETRY_DISABLED: "1" },
  stdio: "ignore",
  detached: true,
});

try {
  const url = `http://127.0.0.1:${port}/what-is-iop`;
  const before = await fetchUntilReady(url, Date.now() + 180_000);
  const edited = "An edited title shown without a restart";
  if (before.includes(edited)) throw new Error("the fixture already holds the edited title");
  fs.writeFileSync(article, fs.readFileSync(article, "utf8").replace(/^title: .*$/m, `title: ${edited}`));
  const after = await fetchUntilReady(url, Date.now() + 60_000);
  if (!after.includes(edited)) throw new Error("the edited title did not appear on reload");
  console.log(`dev server on port ${port} showed the edited article on reload, without a restart`);
} finally {
  process.kill(-dev.pid!, "SIGTERM");
  fs.rmSync(content, { recursive: true, force: true });
}
