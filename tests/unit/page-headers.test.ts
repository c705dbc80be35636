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
  const search = block.slice(block.indexOf("location = /search {"));
  const own = search.slice(0, search.indexOf("}"));
  expect(own).toContain(`add_header Content-Security-Policy "${searchPolicy}" always;`);
  expect(own).toContain('add_header X-Frame-Options "DENY" always;');
  expect(own).toContain("try_files $uri $uri.html =404;");
  expect(block.match(/wasm-unsafe-eval/g)).toHaveLength(1);
});
