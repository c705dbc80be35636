import type { Checklist } from "@/lib/content/schemas/checklist";

type Props = { checklist: Checklist; notesLabel: string };

/** Ruled lines for handwritten notes; borders print where backgrounds often do not. */
function NoteLines({ count, label }: { count: number; label: string }) {
  return (
    <div className="notes mt-2" aria-label={label} role="group">
      {Array.from({ length: count }, (_, i) => (
        <span key={i} className="block h-7 border-b border-slate-400" />
      ))}
    </div>
  );
}

/** Questions with real check boxes (they tick on screen and print as empty boxes) and space for answers. */
export function ChecklistView({ checklist, notesLabel }: Props) {
  return (
    <div className="checklist">
      {checklist.sections.map((section, s) => (
        <section key={section.heading} className="checklist-section mt-6">
          <h2 className="text-xl font-semibold text-slate-900">
            {section.heading}
          </h2>
          <ul className="mt-2 space-y-2">
            {section.items.map((item, i) => {
              const id = `item-${s}-${i}`;
              return (
                <li key={id} className="flex items-start gap-3">
                  <input id={id} type="checkbox" className="mt-1 size-5 shrink-0 accent-brand-800" />
                  <label htmlFor={id} className="text-slate-900">
                    {item}
                  </label>
                </li>
              );
            })}
          </ul>
          <NoteLines count={2} label={`${notesLabel} ${section.heading}`} />
        </section>
      ))}
    </div>
  );
}
