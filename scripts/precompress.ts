// The build's last step: writes Brotli (quality 11) and gzip (level 9) copies
// beside every text file in out/, so servers send the smallest bytes without
// compressing per request (our server, nginx's brotli_static and gzip_static).
// zlib's asynchronous calls run on libuv's worker threads, so the files are
// compressed on every core at once; the bytes are those of the sync calls.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { HOST_FILES } from "../lib/export/host-config";
import { contentTypeOf, isCompressible } from "../lib/server/content-types";

const OUT = path.resolve(process.env.OUT_DIR ?? "out");
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function compress(file: string): Promise<void> {
  const body = await fs.readFile(file);
  const [br, gzipped] = await Promise.all([
    brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gz(body, { level: 9 }),
  ]);
  await Promise.all([fs.writeFile(`${file}.br`, br), fs.writeFile(`${file}.gz`, gzipped)]);
}

const files: string[] = [];
for (const relative of await fs.readdir(OUT, { recursive: true, encoding: "utf8" })) {
  const file = path.join(OUT, relative);
  if (HOST_FILES.includes(relative) || !isCompressible(contentTypeOf(file)) || !(await fs.stat(file)).isFile()) continue;
  files.push(file);
}
// A few files in flight per core keeps every core busy without reading the whole site into memory.
const queue = [...files];
await Promise.all(
  Array.from({ length: os.availableParallelism() * 2 }, async () => {
    for (let file = queue.shift(); file; file = queue.shift()) await compress(file);
  }),
);
console.log(`pre-compressed ${files.length} text files in ${path.relative(process.cwd(), OUT)}/ (.br and .gz)`);
