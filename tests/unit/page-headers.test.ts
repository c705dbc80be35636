import { expect, test } from "vitest";
import { headersFile, nginxServerBlock, type ServerManifest } from "@/lib/export/host-config";
import { securityHeaders } from "@/lib/http/security-headers";

const manifest: ServerManifest = { headers: securityHeaders({ styles: ["sha256-abc="], scripts: [] }), redirects: [], pages: ["/", "/search"], notFound: ["/404"] };

test("no page's policy lets a script compile code: search runs no WebAssembly", () => {
  expect(manifest.headers["Content-Security-Policy"]).toContain("script-src 'self';");
  expect(manifest.headers["Content-Security-Policy"]).not.toMatch(/eval|wasm/);
});

test("_headers gives every response the one set of headers", () => {
  const file = headersFile(manifest);
  expect(file.split("\n").filter((line) => line.startsWith("/"))).toEqual(["/*"]);
  expect(file).toContain(`  Content-Security-Policy: ${manifest.headers["Content-Security-Policy"]}\n`);
});

test("nginx adds every header once at server level, so no location drops them", () => {
  const block = nginxServerBlock(manifest);
  for (const [name, value] of Object.entries(manifest.headers)) expect(block).toContain(`    add_header ${name} "${value}" always;`);
  expect(block.match(/add_header Content-Security-Policy/g)).toHaveLength(1);
});
