import { expect, test } from "vitest";
import { nginxServerBlock, notFoundPageFor, redirectsFile, type ServerManifest } from "@/lib/export/host-config";

const manifest: ServerManifest = { headers: {}, redirects: [], pages: ["/", "/cost", "/es", "/es/costo"], notFound: ["/404", "/es/404"] };

test("an address gets the 404 page of the folder that holds it most closely", () => {
  expect(notFoundPageFor(manifest.notFound, "/es/nada")).toBe("/es/404");
  expect(notFoundPageFor(manifest.notFound, "/es/listas/nada")).toBe("/es/404");
  expect(notFoundPageFor(manifest.notFound, "/esx")).toBe("/404");
  expect(notFoundPageFor(manifest.notFound, "/nothing")).toBe("/404");
  // An export without a Spanish 404 page sends everything to the site's.
  expect(notFoundPageFor(["/404"], "/es/nada")).toBe("/404");
});

test("_redirects hides each 404 page's own address behind a missing address in its folder, so the host answers with that folder's 404 page", () => {
  const lines = redirectsFile(manifest).split("\n");
  expect(lines).toEqual(expect.arrayContaining(["/404 /_missing 200", "/es/404 /es/_missing 200", "/es/404.html /es/_missing 200"]));
  expect(lines.filter((line) => line.startsWith("/es/404"))).toHaveLength(2);
});

test("nginx picks the 404 page by folder and keeps every 404 page internal", () => {
  const block = nginxServerBlock(manifest);
  expect(block).toContain('map $uri $iop_not_found {\n    default /404.html;\n    "~^/es/" /es/404.html;\n}');
  expect(block).toContain("    error_page 404 $iop_not_found;\n");
  expect(block).toContain("    location ~ ^(?:/404|/index|/es/404)(?:\\.html)?$ { internal; }\n");
  expect(nginxServerBlock({ ...manifest, notFound: ["/404"] })).toContain("map $uri $iop_not_found {\n    default /404.html;\n}");
});
