// A plain static server of the same out/ folder (sirv), to compare our
// server's throughput against. Clean URLs map to .html files.
import http from "node:http";
import path from "node:path";
import sirv from "sirv";

const serve = sirv(path.resolve(process.env.OUT_DIR ?? "out"), { extensions: ["html"], etag: true });
http.createServer((req, res) => serve(req, res)).listen(Number(process.env.PORT), "127.0.0.1", () => console.log("ready"));
