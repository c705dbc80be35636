import { SITE_URL } from "@/lib/site-url";

/** On paper a reader cannot follow the address bar, so the page prints its own address. */
export function PrintedFrom({ path }: { path: string }) {
  return (
    <p className="print-only mt-6 text-sm">
      Printed from {SITE_URL}
      {path === "/" ? "" : path}
    </p>
  );
}
