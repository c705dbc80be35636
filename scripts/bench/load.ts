import autocannon from "autocannon";

export type LoadFigures = { rps: number; p50: number; p99: number; requests: number; errors: number; non2xx: number; timeouts: number };

/** A bounded load run against a loopback URL. */
export async function load(url: string, connections: number, seconds: number): Promise<LoadFigures> {
  if (!/^http:\/\/127\.0\.0\.1:/.test(url)) throw new Error("load tests only target this machine (127.0.0.1)");
  // As a browser asks, so each server sends its Brotli copy.
  const headers = { "accept-encoding": "gzip, deflate, br" };
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1, headers });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
  };
}
