/** What the page's inline code needs the policy to allow, by hash: nothing else inline runs. */
export type InlineHashes = { styles: string[]; scripts: string[] };

/**
 * Response headers for every page, from the server and in the host configs.
 * A health site must not leak what people read, so referrers are never sent
 * and nothing may load from another origin.
 */
export function securityHeaders(inline: InlineHashes): Record<string, string> {
  const hashes = (list: string[]) => list.map((h) => ` '${h}'`).join("");
  const csp = [
    "default-src 'self'",
    `script-src 'self'${hashes(inline.scripts)}`,
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
