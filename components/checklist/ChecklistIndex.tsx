import type { Checklist } from "@/lib/content/schemas/checklist";

/** Every printable checklist, with what it is for. */
export function ChecklistIndex({ checklists, checklistPath }: { checklists: Pick<Checklist, "slug" | "title" | "description">[]; checklistPath: string }) {
  return (
    <ul className="space-y-4">
      {checklists.map((c) => (
        <li key={c.slug}>
          <a href={`${checklistPath}${c.slug}`} className="text-lg font-semibold text-brand-800 underline underline-offset-2">
            {c.title}
          </a>
          <p className="text-slate-700">{c.description}</p>
        </li>
      ))}
    </ul>
  );
}
