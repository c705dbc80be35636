// The project's layering, held by a tool instead of by memory:
//   lib/        reads and checks content; knows nothing of React or Next.
//   components/ render the props they are given; never read files or the environment.
//   app/        wires the two: no markup and no copy of its own.
// tests/unit/lint-boundaries.test.ts feeds a known-bad snippet to each rule below.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import jsxA11y from "eslint-plugin-jsx-a11y";
import globals from "globals";
import tseslint from "typescript-eslint";

const NODE_BUILTINS = ["node:*", "fs", "fs/*", "path", "os", "child_process", "module"];

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", "out/", "next-env.d.ts", "test-results/", "playwright-report/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mjs,js}"],
    languageOptions: { globals: globals.node },
  },
  {
    files: ["**/*.tsx"],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ...nextPlugin.configs["core-web-vitals"],
    rules: {
      ...nextPlugin.configs["core-web-vitals"].rules,
      // The export ships no client router (see README): every link is a plain <a> by design.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  {
    // The two small browser scripts run as classic scripts, without a bundler.
    files: ["public/**/*.js"],
    languageOptions: { sourceType: "script", globals: globals.browser },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react/*", "react-dom", "react-dom/*", "next", "next/*"],
              message: "lib/ knows nothing of React or Next: return plain data and let app/ hand it to the framework.",
            },
            {
              group: ["@/components/**", "**/components/**", "@/app/**", "**/app/**"],
              message: "lib/ sits below components/ and app/ and never imports them.",
            },
          ],
        },
      ],
      "no-restricted-syntax": ["error", { selector: "JSXElement", message: "lib/ knows nothing of React: markup lives in components/." }],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: NODE_BUILTINS,
              message: "components/ never read files: the route in app/ loads the data and passes it as props.",
            },
            {
              // Types from lib are how components know the shape of their props; at run time
              // only pure helpers that touch neither files nor the environment are allowed.
              regex: "^(@/|(\\.\\./)+)lib/(?!seo/serialize-json-ld$)",
              allowTypeImports: true,
              message: "components/ import lib/ for types only (use `import type`): the route in app/ calls lib/ and passes the result as props.",
            },
            {
              group: ["@/app/**", "**/app/**"],
              message: "components/ never import routes.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "process", message: "components/ never read the environment: app/ passes what they need (for example the page's address) as props." },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: NODE_BUILTINS, message: "app/ only wires: reading files belongs in lib/." }] },
      ],
      "no-restricted-globals": ["error", { name: "process", message: "app/ only wires: the environment is read in lib/ (see lib/site-url.ts)." }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXOpeningElement[name.type='JSXIdentifier'][name.name=/^[a-z]/]",
          message: "app/ only wires: put this markup in a component under components/.",
        },
        {
          selector: "JSXText[value=/\\S/]",
          message: "app/ only wires: words a reader sees live in content/ (site.yml for site-wide text).",
        },
      ],
    },
  },
  {
    // A scroll container must take focus so keyboard users can scroll it (axe: scrollable-region-focusable);
    // it is a named region, so a screen reader says what the stop is.
    files: ["components/**/*.tsx"],
    rules: { "jsx-a11y/no-noninteractive-tabindex": ["error", { tags: [], roles: ["tabpanel", "region"], allowExpressionValues: true }] },
  },
  {
    // The search page (both languages: app/_pages/search.tsx) is being reworked by the search helper; its markup moves
    // into components/search there. Boundaries on imports and the environment still apply.
    files: ["app/_pages/search.tsx"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    // An Open Graph image is drawn with JSX markup for ImageResponse, not rendered into a page.
    files: ["app/**/opengraph-image.tsx"],
    rules: { "no-restricted-syntax": "off" },
  },
);
