import type { UiText } from "@/lib/content/schemas/site-text";

type Props = { disclaimer: string; privacy: string; words: UiText["footer"] };

export function SiteFooter({ disclaimer, privacy, words }: Props) {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto grid max-w-5xl gap-4 px-4 py-8 text-sm text-slate-700 sm:grid-cols-2">
        <section>
          <h2 className="font-semibold text-slate-900">
            {words.disclaimerTitle}
          </h2>
          <p>{disclaimer}</p>
        </section>
        <section>
          <h2 className="font-semibold text-slate-900">
            {words.privacyTitle}
          </h2>
          <p>{privacy}</p>
        </section>
      </div>
    </footer>
  );
}
