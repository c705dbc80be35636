// The build's last step: writes Brotli (quality 11) and gzip (level 9) copies
// beside every text file in out/, so servers send the smallest bytes without
// compressing per request (our server, nginx's brotli_static and gzip_static).
// zlib's asynchronous calls run on libuv's worker threads, so the files are
// compressed on every core at once; the bytes are those of the sync calls.
// Copies are cached by a hash of each file's bytes (lib/export/compressed-copies.ts)
// in PRECOMPRESS_CACHE (default node_modules/.cache/precompress, outside out/):
// a page that did not change since the last build is not compressed again.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { compressedCopies } from "../lib/export/compressed-copies";
import { pruneCache } from "../lib/export/file-cache";
import { HOST_FILES } from "../lib/export/host-config";
import { contentTypeOf, isCompressible } from "../lib/server/content-types";

const OUT = path.resolve(process.env.OUT_DIR ?? "out");
const CACHE = path.resolve(process.env.PRECOMPRESS_CACHE ?? "node_modules/.cache/precompress");

const files: string[] = [];
for (const relative of await fs.readdir(OUT, { recursive: true, encoding: "utf8" })) {
  const file = path.join(OUT, relative);
  if (HOST_FILES.includes(relative) || !isCompressible(contentTypeOf(file)) || !(await fs.stat(file)).isFile()) continue;
  files.push(file);
}
let cached = 0;
// A few files in flight per core keeps every core busy without reading the whole site into memory.
const queue = [...files];
await Promise.all(
  Array.from({ length: os.availableParallelism() * 2 }, async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const copies = await compressedCopies(await fs.readFile(file), CACHE);
      if (copies.cached) cached++;
      await Promise.all([fs.writeFile(`${file}.br`, copies.br), fs.writeFile(`${file}.gz`, copies.gz)]);
    }
  }),
);
const pruned = await pruneCache(CACHE, 30);
console.log(
  `pre-compressed ${files.length} text files in ${path.relative(process.cwd(), OUT)}/ (.br and .gz): ${files.length - cached} compressed, ${cached} unchanged since an earlier build (cache ${path.relative(process.cwd(), CACHE)}${pruned ? `, ${pruned} entries unused for 30 days removed` : ""})`,
);
