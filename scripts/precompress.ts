// The build's last step: writes Brotli (quality 11) and gzip (level 9) copies
// beside every text file in out/, so servers send the smallest bytes without
// compressing per request (our server, nginx's brotli_static and gzip_static).
import fs from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { HOST_FILES } from "../lib/export/host-config";
import { contentTypeOf, isCompressible } from "../lib/server/content-types";

const OUT = path.resolve(process.env.OUT_DIR ?? "out");

let count = 0;
for (const relative of fs.readdirSync(OUT, { recursive: true, encoding: "utf8" })) {
  const file = path.join(OUT, relative);
  if (HOST_FILES.includes(relative) || !isCompressible(contentTypeOf(file)) || !fs.statSync(file).isFile()) continue;
  const body = fs.readFileSync(file);
  fs.writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
  fs.writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  count++;
}
console.log(`pre-compressed ${count} text files in ${path.relative(process.cwd(), OUT)}/ (.br and .gz)`);
