import { expect, test } from "vitest";
import { needsOf } from "@/lib/export/allowlist";
import { headersFile, nginxServerBlock, type ServerManifest } from "@/lib/export/host-config";
import { securityHeaders } from "@/lib/http/security-headers";

const inline = { styles: ["sha256-abc="], scripts: [] };
const searchPolicy = securityHeaders(inline, needsOf(["/search.js", "/enhance.js"]))["Content-Security-Policy"];
const manifest: ServerManifest = {
  headers: securityHeaders(inline, needsOf(["/enhance.js"])),
  pageHeaders: { "/search": { "Content-Security-Policy": searchPolicy } },
  redirects: [],
  pages: ["/", "/search"],
};

test("only a page that runs search allows WebAssembly", () => {
  expect(manifest.headers["Content-Security-Policy"]).toContain("script-src 'self';");
  expect(manifest.headers["Content-Security-Policy"]).not.toContain("wasm");
  expect(searchPolicy).toContain("script-src 'self' 'wasm-unsafe-eval';");
  expect(searchPolicy.replace(" 'wasm-unsafe-eval'", "")).toBe(manifest.headers["Content-Security-Policy"]);
});

test("_headers detaches the site-wide policy on the search page before giving its own", () => {
  const file = headersFile(manifest);
  expect(file).toContain(`/search\n  ! Content-Security-Policy\n  Content-Security-Policy: ${searchPolicy}\n`);
  expect(file.match(/wasm-unsafe-eval/g)).toHaveLength(1);
});

test("nginx serves the search page with all the headers, its own policy in place of the site-wide one", () => {
  const block = nginxServerBlock(manifest);
  // One add_header per name at server level (add_header in a location would drop the others); the policy comes from a map on the served file.
  expect(block).toContain(`map $uri $iop_content_security_policy {\n    default "${manifest.headers["Content-Security-Policy"]}";\n    /search.html "${searchPolicy}";\n}`);
  expect(block).toContain("    add_header Content-Security-Policy $iop_content_security_policy always;");
  expect(block).toContain('    add_header X-Frame-Options "DENY" always;');
  expect(block.match(/wasm-unsafe-eval/g)).toHaveLength(1);
});
