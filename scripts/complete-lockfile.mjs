// Adds lockfile entries for other platforms' optional binaries (Next's SWC,
// Tailwind's oxide) that the registry reachable here does not serve. Without
// them `npm ci` refuses the lockfile as out of sync. Run after `npm install`.
import fs from "node:fs";

const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
const PLATFORMS = ["android", "darwin", "freebsd", "linux", "win32"];
const CPUS = ["arm64", "x64", "arm", "ia32", "wasm32"];

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = PLATFORMS.find((p) => parts.includes(p));
  const cpu = CPUS.find((c) => parts.includes(c));
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}) };
}

const added = [];
for (const entry of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const platform = platformOf(name);
    if (lock.packages[key] || !platform.cpu) continue;
    lock.packages[key] = { version, optional: true, ...platform };
    added.push(`${name}@${version}`);
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
fs.writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.length} platform entries:\n  ${added.join("\n  ")}` : "lockfile already complete");
