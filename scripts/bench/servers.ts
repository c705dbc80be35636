import { spawn, type ChildProcess } from "node:child_process";

/** Starts a server (a TypeScript script, or a command line) on a loopback port and waits until it answers. */
export async function startServer(script: string | string[], port: number, env: Record<string, string> = {}): Promise<{ url: string; stop: () => void }> {
  const url = `http://127.0.0.1:${port}`;
  if (await answers(url)) throw new Error(`port ${port} is already in use; stop whatever serves ${url} first`);
  // Its own process group, so stopping it also stops the node process npx starts.
  const [command, ...args] = typeof script === "string" ? ["npx", "tsx", script] : script;
  const child: ChildProcess = spawn(command, args, { env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" }, stdio: "ignore", detached: true });
  const stop = () => process.kill(-child.pid!, "SIGTERM");
  for (let i = 0; i < 100; i++) {
    if (await answers(url)) return { url, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`${script} did not start on port ${port}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/`)).ok;
  } catch {
    return false;
  }
}
