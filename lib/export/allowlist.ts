import type { ScriptNeeds } from "../http/security-headers";

/**
 * A script of our own (in public/) that a finished page may load, what it
 * needs from the page's policy, and the worker scripts it starts: a worker
 * runs under the policy sent with its own file, so it needs the same.
 */
export type AllowedScript = { src: string; needs: ScriptNeeds; workers?: string[] };

/**
 * Every script a finished page may load. Anything else the framework put
 * in a page is removed, and a page that still holds one fails the build.
 * A new or renamed script of ours is one more line here.
 */
export const ALLOWED_SCRIPTS: readonly AllowedScript[] = [
  { src: "/enhance.js", needs: { wasm: false } },
  // Search runs Pagefind's WebAssembly, so only a page that loads it allows 'wasm-unsafe-eval'.
  { src: "/search.js", needs: { wasm: true }, workers: ["/pagefind/pagefind-worker.js"] },
];

/** Inline scripts that are data, never run: structured data for search engines. */
export const ALLOWED_INLINE_TYPES: readonly string[] = ["application/ld+json"];

/** What a page's policy must allow for the scripts it loads. */
export function needsOf(sources: readonly string[]): ScriptNeeds {
  return { wasm: ALLOWED_SCRIPTS.some((script) => script.needs.wasm && sources.includes(script.src)) };
}

/** Worker scripts that run WebAssembly, so their own responses allow it too. */
export const WASM_WORKERS: readonly string[] = ALLOWED_SCRIPTS.flatMap((script) => (script.needs.wasm ? (script.workers ?? []) : []));
