import { createHash } from "node:crypto";

/** The hash a Content-Security-Policy uses to allow one inline block. */
export function cspHash(text: string): string {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

// The framework's scripts: its chunks under /_next/, and inline code (ours is never inline).
const FRAMEWORK_SCRIPT = /<script\b(?:[^>]*\bsrc="\/_next\/[^"]*"|(?![^>]*\b(?:src|type)=))[^>]*>[\s\S]*?<\/script>/g;
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*\/?>/g;
const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*\/?>/g;

/**
 * Turns an exported page into what we ship: the framework's client runtime
 * and its router payload removed (every page is complete HTML and works
 * without it), our own small enhancement script and JSON-LD kept, and the
 * stylesheet inlined so the first paint waits for no second request.
 */
export function finishPage(html: string, readStylesheet: (href: string) => string): { html: string; styleHashes: string[] } {
  const styleHashes: string[] = [];
  const finished = html
    .replace(FRAMEWORK_SCRIPT, "")
    .replace(SCRIPT_PRELOAD, "")
    .replace(STYLESHEET, (_tag, href: string) => {
      const css = readStylesheet(href);
      styleHashes.push(cspHash(css));
      return `<style>${css}</style>`;
    });
  return { html: finished, styleHashes };
}
