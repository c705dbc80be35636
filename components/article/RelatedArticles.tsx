type Props = { articles: { slug: string; title: string; description: string }[]; title: string; articlePath: string };

export function RelatedArticles({ articles, title, articlePath }: Props) {
  if (!articles.length) return null;
  return (
    <nav aria-labelledby="related-title" className="no-print mt-10">
      <h2 id="related-title" className="text-xl font-semibold text-slate-900">
        {title}
      </h2>
      <ul className="mt-3 space-y-3">
        {articles.map((article) => (
          <li key={article.slug}>
            <a href={`${articlePath}${article.slug}`} className="font-semibold text-brand-800 underline underline-offset-2">
              {article.title}
            </a>
            <p className="text-slate-700">{article.description}</p>
          </li>
        ))}
      </ul>
    </nav>
  );
}
