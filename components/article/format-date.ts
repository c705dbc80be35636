import type { Lang } from "@/lib/routes";

const formats: Record<Lang, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }),
  es: new Intl.DateTimeFormat("es-US", { dateStyle: "long", timeZone: "UTC" }),
};

/** A content date (YYYY-MM-DD) as readers of the language write it: "November 24, 2026", "24 de noviembre de 2026". */
export function formatDate(isoDate: string, lang: Lang): string {
  return formats[lang].format(new Date(`${isoDate}T00:00:00Z`));
}
