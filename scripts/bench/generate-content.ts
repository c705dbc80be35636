import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const FIXTURE = path.resolve("tests/fixtures/valid");

const PARAGRAPH =
  "Many people start this kind of care after a talk with a doctor. You go to group on set days, meet a counselor, and go home at night. " +
  "The plan changes as you do, and the team checks in often. Family can take part, and there is a plan for what comes after.";

function article(index: number, count: number): string {
  const slug = (i: number) => `generated-${String(i).padStart(4, "0")}`;
  const next = slug((index + 1) % count);
  const sections = Array.from(
    { length: 5 },
    (_, s) =>
      `## Part ${s + 1} of guide ${index}\n\n${PARAGRAPH}\n\n${PARAGRAPH} See [the next guide](/${next}#part-${s + 1}-of-guide-${(index + 1) % count}).\n`,
  );
  return `---
title: Generated guide ${index}
description: A generated article for the build benchmark, long enough to pass the rule for descriptions in search results.
summary: This article exists to measure the build. It has the same shape as a real one.
topic: basics
order: ${index + 10}
lastReviewed: 2026-11-22
nextReview: 2027-11-22
sources: [tip-47, lifeline-988]
faqs:
  - question: What is generated guide ${index} for?
    answer: It is here to measure how long the site takes to build.
  - question: Does generated guide ${index} link anywhere?
    answer: Yes, to [the next guide](/${next}).
  - question: Is generated guide ${index} real content?
    answer: No. It is made for the benchmark and never committed.
related: [${next}]
---

${sections.join("\n")}`;
}

/** A content folder with the fixture site plus `count` generated articles, in the system's temp folder. */
export function generateContent(count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `iop-bench-${count}-`));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  // The fixture has no search settings; the build's search index needs the site's.
  fs.cpSync(path.resolve("content/search"), path.join(dir, "search"), { recursive: true });
  for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, "articles", `generated-${String(i).padStart(4, "0")}.md`), article(i, count));
  return dir;
}
