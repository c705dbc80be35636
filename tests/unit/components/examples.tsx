import type { ReactElement } from "react";
import { ArticleBody } from "@/components/article/ArticleBody";
import { ArticlePage } from "@/components/article/ArticlePage";
import { ArticlePager } from "@/components/article/ArticlePager";
import { ChangeList } from "@/components/article/ChangeList";
import { MedicalDisclaimer } from "@/components/article/MedicalDisclaimer";
import { RelatedArticles } from "@/components/article/RelatedArticles";
import { ReviewDates } from "@/components/article/ReviewDates";
import { Sources } from "@/components/article/Sources";
import { SummaryBox } from "@/components/article/SummaryBox";
import { TableOfContents, tocEntries } from "@/components/article/TableOfContents";
import { SafetyCallout } from "@/components/callout/SafetyCallout";
import { ChecklistIndex } from "@/components/checklist/ChecklistIndex";
import { ChecklistPage } from "@/components/checklist/ChecklistPage";
import { ComparisonTable } from "@/components/comparison-table/ComparisonTable";
import { Faq } from "@/components/faq/Faq";
import { FaqHub } from "@/components/faq/FaqHub";
import { GlossaryList } from "@/components/glossary/GlossaryList";
import { TermsOnPage } from "@/components/glossary/TermsOnPage";
import { HelpLines } from "@/components/help-lines/HelpLines";
import { HomePage } from "@/components/home/HomePage";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { HubPage } from "@/components/layout/HubPage";
import { NotFoundPage } from "@/components/layout/NotFoundPage";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { SiteLayout } from "@/components/layout/SiteLayout";
import { SkipLink } from "@/components/layout/SkipLink";
import { SearchForm } from "@/components/search/SearchForm";
import { SearchResultsArea } from "@/components/search/SearchResultsArea";
import { TopicIndex } from "@/components/topics/TopicIndex";
import type { SiteContent } from "@/lib/content/load-site";
import { renderMarkdown } from "@/lib/content/markdown";
import { editionPaths } from "@/lib/routes";
import { hubFrame, pageFrame } from "@/lib/seo/page-frame";

/**
 * Examples per component, the way GOV.UK Frontend and NHS.UK frontend keep
 * them: each is rendered, checked with axe and its accessibility tree pinned
 * (components.test.tsx). The data is the valid fixture site, so every example
 * shows typed content exactly as the loader produces it.
 */
export type Example = {
  name: string;
  element: ReactElement;
  /** Depth of the section the component sits in (1: right under the page's h1); the test renders those headings before it. */
  context?: number;
  /** Render as a wide screen shows it (see components.test.tsx). */
  wide?: boolean;
};

export function componentExamples(site: SiteContent): Record<string, Example[]> {
  const [article, second, third] = site.articles;
  const { ui } = site.text;
  const paths = editionPaths("en");
  const withTable = site.articles.find((a) => a.blocks.some((b) => b.kind === "table"))!;
  const withFaqs = site.articles.find((a) => a.faqs.length)!;
  const [tableName, table] = [...site.tables][0];
  const checklist = site.checklists[0];
  const frame = pageFrame([
    { name: "Home", path: "/" },
    { name: "Topic", path: "/topics#topic" },
    { name: article.title, path: `/${article.slug}` },
  ]);
  const terms = site.glossary.slice(0, 2);
  const toc = tocEntries(withFaqs.headings, [{ id: "common-questions", text: "Common questions" }]);
  // No fixture article places a callout or lists changes, so these two are made here, in the shapes the loader produces.
  const calloutHtml = renderMarkdown("After a break, the body loses its tolerance.\n\n- Keep naloxone on hand.\n- If someone may be overdosing, call 911.").blocks
    .map((b) => (b.kind === "html" ? b.html : ""))
    .join("");
  const callout = { id: "overdose", label: "Safety warning", title: "Overdose risk after a break", html: calloutHtml };
  const changes = [
    { date: "2025-03-01", note: "Added overdose safety" },
    { date: "2025-01-15", note: "Checked every source" },
  ];
  const articlePage = (a: typeof article) => (
    <ArticlePage
      article={a}
      frame={frame}
      related={[second]}
      previous={third}
      next={second}
      tables={site.tables}
      helpLines={site.helpLines}
      terms={terms}
      disclaimer={site.text.disclaimer}
      lang="en"
      ui={ui}
      paths={paths}
      reviewOverdue={false}
    />
  );
  return {
    ArticleBody: [
      { name: "a table embedded under an h2", context: 1, element: <ArticleBody blocks={withTable.blocks} tables={site.tables} helpLines={site.helpLines} words={ui.article} /> },
    ],
    ArticlePage: [
      { name: "with a table, FAQs, related reading and terms", element: articlePage(withTable), wide: true },
      { name: "with FAQs", element: articlePage(withFaqs), wide: true },
    ],
    ArticlePager: [
      { name: "both ways", element: <ArticlePager previous={article} next={second} words={ui.article.pager} articlePath="/" /> },
      { name: "first article", element: <ArticlePager next={second} words={ui.article.pager} articlePath="/" /> },
    ],
    Breadcrumbs: [{ name: "three levels", element: <Breadcrumbs crumbs={frame.crumbs} label={ui.breadcrumb} /> }],
    ChangeList: [
      { name: "two changes, newest first", element: <ChangeList changes={changes} lang="en" title={ui.article.changes} /> },
      { name: "no changes: renders nothing", element: <ChangeList changes={[]} lang="en" title={ui.article.changes} /> },
    ],
    ChecklistIndex: [{ name: "every checklist", element: <ChecklistIndex checklists={site.checklists} checklistPath={paths.checklist} /> }],
    ChecklistPage: [{ name: "a checklist", element: <ChecklistPage checklist={checklist} frame={frame} related={[article]} reviewOverdue={false} lang="en" ui={ui} paths={paths} /> }],
    ComparisonTable: [
      { name: "on its own page, under the h1", element: <ComparisonTable id={tableName} table={table} headingLevel={2} words={ui.article} /> },
      { name: "inside an h3 section", element: <ComparisonTable id={tableName} table={table} headingLevel={4} words={ui.article} />, context: 3 },
    ],
    Faq: [
      { name: "in an article", element: <Faq entries={withFaqs.faqs} words={ui.faq} /> },
      { name: "on the hub, linking back", element: <Faq entries={withFaqs.faqs} words={ui.faq} source={() => ({ href: `/${withFaqs.slug}`, title: withFaqs.title })} /> },
    ],
    FaqHub: [{ name: "grouped by topic", element: <FaqHub topics={site.topics} articles={site.articles} words={ui.faq} articlePath={paths.article} /> }],
    GlossaryList: [
      { name: "every term", element: <GlossaryList terms={site.glossary} articles={new Map(site.articles.map((a) => [a.slug, { href: `/${a.slug}`, title: a.title }]))} readMore={ui.glossary.readMore} /> },
    ],
    HelpLines: [
      { name: "every line, in an h2 section", element: <HelpLines helpLines={site.helpLines} headingLevel={3} />, context: 2 },
      { name: "every line, in an h3 section", element: <HelpLines helpLines={site.helpLines} headingLevel={4} />, context: 3 },
    ],
    HomePage: [{ name: "the home page", element: <HomePage text={site.text} topics={site.topics} articles={site.articles} paths={paths} startHref={(page) => `/${page}`} /> }],
    HubPage: [
      {
        name: "a hub page with a topic index",
        element: (
          <HubPage page={site.text.pages.topics} frame={hubFrame(site.text.pages.topics.title, "/topics", { name: ui.home, path: "/" })} ui={ui}>
            <TopicIndex topics={site.topics} articles={site.articles} headingLevel={2} articlePath={paths.article} />
          </HubPage>
        ),
      },
    ],
    MedicalDisclaimer: [{ name: "the site's disclaimer", element: <MedicalDisclaimer text={site.text.disclaimer} words={ui.article} /> }],
    NotFoundPage: [{ name: "the 404 page", element: <NotFoundPage text={site.text.notFound} /> }],
    RelatedArticles: [{ name: "two articles", element: <RelatedArticles articles={[second, third]} title={ui.article.relatedArticles} articlePath={paths.article} /> }],
    ReviewDates: [
      { name: "an article's dates", element: <ReviewDates lastReviewed={article.lastReviewed} nextReview={article.nextReview} overdue={false} lang="en" words={ui.article} /> },
      { name: "past its review date", element: <ReviewDates lastReviewed={article.lastReviewed} nextReview={article.nextReview} overdue lang="en" words={ui.article} /> },
    ],
    SafetyCallout: [
      { name: "in an h2 section of an article", element: <SafetyCallout callout={callout} id="safety-overdose-1" headingLevel={3} />, context: 2 },
      { name: "before the first heading", element: <SafetyCallout callout={callout} id="safety-overdose-0" headingLevel={2} /> },
    ],
    SearchForm: [
      { name: "in the header: compact, suggesting while typing", element: <SearchForm id="site-search" text={site.text.search} place="header" /> },
      { name: "on the search page: visible label", element: <SearchForm id="search-page-input" text={site.text.search} place="page" /> },
    ],
    SearchResultsArea: [
      {
        name: "the search page's body, before its script runs",
        element: (
          <SearchResultsArea
            text={site.text.search}
            withoutScript={site.text.searchWithoutScript}
            links={[
              { href: "/topics", label: site.text.pages.topics.title },
              { href: "/faq", label: site.text.pages.faq.title },
            ]}
          />
        ),
      },
    ],
    SiteFooter: [{ name: "the footer", element: <SiteFooter disclaimer={site.text.disclaimer} privacy={site.text.privacy} words={ui.footer} /> }],
    SiteHeader: [
      { name: "the header", element: <SiteHeader siteName={site.text.name} homeHref="/" links={site.text.navigation} navigationLabel={ui.mainNavigation} search={site.text.search} /> },
    ],
    SiteLayout: [
      {
        name: "the whole document around a page",
        element: (
          <SiteLayout lang="en" text={site.text} homeHref="/" crisisLines={site.helpLines.filter((line) => line.inCrisisBar)}>
            <NotFoundPage text={site.text.notFound} />
          </SiteLayout>
        ),
      },
    ],
    SkipLink: [{ name: "the skip link", element: <SkipLink label={ui.skipToContent} /> }],
    Sources: [
      { name: "an article's sources", element: <Sources sources={article.sources} words={ui.article} /> },
      {
        name: "inside a section, one level down",
        element: <Sources sources={article.sources} words={ui.article} id="table-sources" title={ui.article.tableSources} headingLevel={3} />,
        context: 2,
      },
    ],
    SummaryBox: [{ name: "an article's summary", element: <SummaryBox summaryHtml={article.summaryHtml} title={ui.article.inShort} /> }],
    TableOfContents: [
      { name: "collapsible, on phones", element: <TableOfContents entries={toc} variant="inline" title={ui.article.onThisPage} /> },
      { name: "beside the article", element: <TableOfContents entries={toc} variant="sidebar" title={ui.article.onThisPage} /> },
    ],
    TermsOnPage: [{ name: "two terms", element: <TermsOnPage terms={terms} title={ui.article.termsOnPage} glossaryPath={paths.glossary} /> }],
    TopicIndex: [{ name: "under an h2", element: <TopicIndex topics={site.topics} articles={site.articles} headingLevel={3} articlePath={paths.article} />, context: 2 }],
  };
}
