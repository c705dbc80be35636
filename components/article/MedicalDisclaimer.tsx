import type { UiText } from "@/lib/content/schemas/site-text";

type Props = { text: string; words: Pick<UiText["article"], "disclaimerRegion" | "disclaimerLead"> };

export function MedicalDisclaimer({ text, words }: Props) {
  return (
    <aside aria-label={words.disclaimerRegion} className="mt-10 rounded-lg border border-slate-300 bg-slate-50 p-4 text-sm text-slate-800">
      <p>
        <strong>{words.disclaimerLead}</strong> {text}
      </p>
    </aside>
  );
}
