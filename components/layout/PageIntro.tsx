import type { PageText } from "@/lib/content/schemas/site-text";

export function PageIntro({ page }: { page: PageText }) {
  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{page.title}</h1>
      <p className="mb-8 mt-3 text-lg text-slate-700">{page.intro}</p>
    </>
  );
}
