/** What the page's inline code needs the policy to allow, by hash: nothing else inline runs. */
export type InlineHashes = { styles: string[]; scripts: string[] };

/** What a page's own scripts need from the policy beyond the site-wide one. */
export type ScriptNeeds = { wasm: boolean };

/**
 * Response headers for every page, from the server and in the host configs.
 * A health site must not leak what people read, so referrers are never sent
 * and nothing may load from another origin. Only a page whose scripts run
 * WebAssembly (search) gets 'wasm-unsafe-eval' (never 'unsafe-eval').
 */
export function securityHeaders(inline: InlineHashes, needs: ScriptNeeds = { wasm: false }): Record<string, string> {
  const hashes = (list: string[]) => list.map((h) => ` '${h}'`).join("");
  const csp = [
    "default-src 'self'",
    `script-src 'self'${needs.wasm ? " 'wasm-unsafe-eval'" : ""}${hashes(inline.scripts)}`,
    `style-src 'self'${hashes(inline.styles)}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return {
    "Content-Security-Policy": csp,
    "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
}
