import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Sources } from "@/components/article/Sources";
import { ChecklistIndex } from "@/components/checklist/ChecklistIndex";
import { ComparisonTable } from "@/components/comparison-table/ComparisonTable";
import { FaqHub } from "@/components/faq/FaqHub";
import { GlossaryList } from "@/components/glossary/GlossaryList";
import { HubPage } from "@/components/layout/HubPage";
import { TopicIndex } from "@/components/topics/TopicIndex";
import { getEdition, pageLanguages, type Edition } from "@/lib/content/site";
import type { Lang } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { hubFrameIn, Switch } from "./frame";

/** The pages right under the home page, each with its title and intro from site.yml's `pages`. */
type Hub = "topics" | "faq" | "glossary" | "compare" | "checklists";

const CONTENT: Record<Hub, (edition: Edition) => ReactNode> = {
  topics: ({ topics, articles, paths }) => <TopicIndex topics={topics} articles={articles} headingLevel={2} articlePath={paths.article} />,
  faq: ({ topics, articles, text, paths }) => <FaqHub topics={topics} articles={articles} words={text.ui.faq} articlePath={paths.article} />,
  glossary: ({ glossary, glossarySources, articlesByEnglishSlug, paths, text }) => {
    // A term's `article` names an English slug: the link goes to that article in the page's language.
    const articles = new Map([...articlesByEnglishSlug].map(([slug, a]) => [slug, { href: `${paths.article}${a.slug}`, title: a.title }]));
    return (
      <>
        <GlossaryList terms={glossary} articles={articles} readMore={text.ui.glossary.readMore} />
        <Sources sources={glossarySources} words={text.ui.article} />
      </>
    );
  },
  compare: ({ tables, text }) =>
    [...tables].map(([name, table]) => <ComparisonTable key={name} id={name} table={table} headingLevel={2} words={text.ui.article} />),
  checklists: ({ checklists, paths }) => <ChecklistIndex checklists={checklists} checklistPath={paths.checklist} />,
};

export function hubRoute(hub: Hub, lang: Lang) {
  return {
    generateMetadata(): Metadata {
      const { text, paths } = getEdition(lang);
      const { title, description } = text.pages[hub];
      return pageMetadata({ title, description, language: lang, paths: pageLanguages(lang, paths[hub]) });
    },
    Page() {
      const edition = getEdition(lang);
      const page = edition.text.pages[hub];
      const path = edition.paths[hub];
      return (
        <>
          <Switch lang={lang} path={path} />
          <HubPage page={page} frame={hubFrameIn(edition, page.title, path)} ui={edition.text.ui}>
            {CONTENT[hub](edition)}
          </HubPage>
        </>
      );
    },
  };
}
