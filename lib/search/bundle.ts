import { build } from "esbuild";

/** Bundles the browser's search script (lib/search/ui/main.ts and the engine it shares with the build) into one minified file. */
export async function bundleSearchScript(outfile: string): Promise<void> {
  await build({
    entryPoints: ["lib/search/ui/main.ts"],
    outfile,
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    legalComments: "none",
    logLevel: "warning",
  });
}
