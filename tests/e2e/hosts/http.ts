import http from "node:http";

/** One raw answer: status, lower-case headers and the bytes as sent (not decompressed). */
export type Reply = { status: number; headers: Record<string, string>; body: Buffer };
export type Get = (path: string, headers?: Record<string, string>) => Promise<Reply>;

/** A GET that follows no redirect and decodes nothing, so the suite sees exactly what the host sent. */
export function getter(baseURL: string): Get {
  return (path, headers = {}) =>
    new Promise((resolve, reject) => {
      const request = http.get(new URL(path, baseURL), { headers: { "accept-encoding": "identity", ...headers }, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const flat = Object.fromEntries(Object.entries(res.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : (value ?? "")]));
          resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
        });
      });
      request.on("error", reject);
      request.setTimeout(15_000, () => request.destroy(new Error(`${path}: no answer in 15 s`)));
    });
}
