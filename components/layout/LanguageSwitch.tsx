import type { Lang } from "@/lib/routes";

type Props = {
  /** The other language, its name in itself, and this page's address in it. */
  lang: Lang;
  label: string;
  href: string;
};

/**
 * The same page in the other language, named in that language ("Español",
 * "English") and marked as such, so a screen reader pronounces it right. A
 * plain link: no redirect by browser language, no cookie, no script.
 */
export function LanguageSwitch({ lang, label, href }: Props) {
  return (
    <p className="no-print -mt-4 mb-4 text-right">
      <a href={href} lang={lang} hrefLang={lang} className="font-semibold text-brand-800 underline underline-offset-2">
        {label}
      </a>
    </p>
  );
}
