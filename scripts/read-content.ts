// Started by scripts/build.sh beside `next build`: reads and renders the
// content while Next compiles and type-checks, so Next's page workers find
// the build's snapshot ready instead of waiting for it (lib/content/snapshot.ts).
import { getSite } from "../lib/content/site";

try {
  getSite();
} catch {
  // Problems in the content are reported by `next build`, with the rest of its output, not twice.
}
