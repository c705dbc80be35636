import type { Block } from "@/lib/content/markdown";
import type { ComparisonTable as TableData } from "@/lib/content/schemas/comparison-table";
import type { HelpLine } from "@/lib/content/schemas/help-line";
import type { UiText } from "@/lib/content/schemas/site-text";
import { SafetyCallout } from "../callout/SafetyCallout";
import { ComparisonTable } from "../comparison-table/ComparisonTable";
import type { HeadingLevel } from "./Sources";
import { HelpLines } from "../help-lines/HelpLines";

type Props = { blocks: Block[]; tables: ReadonlyMap<string, TableData>; helpLines: HelpLine[]; words: UiText["article"] };

/** Renders the article's HTML with its embeds at the places the author chose. */
export function ArticleBody({ blocks, tables, helpLines, words }: Props) {
  return (
    <div className="prose prose-lg">
      {blocks.map((block, index) => {
        if (block.kind === "html") return <div key={index} dangerouslySetInnerHTML={{ __html: block.html }} />;
        const headingLevel = levelBelow(blocks.slice(0, index));
        if (block.kind === "help-lines") return <HelpLines key={index} helpLines={helpLines} headingLevel={headingLevel} />;
        if (block.kind === "safety") return <SafetyCallout key={index} id={`safety-${block.name}-${index}`} callout={block.callout} headingLevel={headingLevel} />;
        // The loader has checked every table name, so the lookup cannot miss.
        return <ComparisonTable key={index} id={block.name} table={tables.get(block.name)!} headingLevel={headingLevel} words={words} />;
      })}
    </div>
  );
}

/**
 * One level below the last heading before an embed, so a heading the embed
 * brings fits the article's outline (the h1 is the title, body headings start at h2).
 * The Markdown renderer records each block's headings as it renders them.
 */
function levelBelow(before: Block[]): HeadingLevel {
  const depths = before.flatMap((block) => (block.kind === "html" ? block.headings.map((heading) => heading.depth) : []));
  return Math.min((depths.at(-1) ?? 1) + 1, 6) as HeadingLevel;
}
