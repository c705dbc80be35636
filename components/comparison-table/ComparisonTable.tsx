import type { ComparisonTable as TableData } from "@/lib/content/schemas/comparison-table";
import { Sources } from "../article/Sources";

/** `id` prefixes the row anchors: a link to `#levels-of-care-iop` points at the IOP row. */
type Props = { table: TableData; id: string };

/**
 * On wide screens a real table; on narrow ones each row becomes a card that
 * repeats its column labels (CSS generated content, which screen readers
 * also read), so no cell loses its headers at 320 px.
 */
export function ComparisonTable({ table, id }: Props) {
  return (
    <figure className="not-prose my-8" aria-labelledby={`${id}-caption`}>
      <div className="overflow-x-auto rounded-lg border border-slate-200" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="comparison w-full border-collapse text-left text-sm">
          <caption id={`${id}-caption`} className="bg-slate-50 p-3 text-left text-base font-semibold text-slate-900">
            {table.caption}
          </caption>
          <thead className="bg-brand-50">
            <tr>
              <th scope="col" className="p-3 align-bottom">
                {table.rowHeader}
              </th>
              {table.columns.map((column) => (
                <th key={column.id} scope="col" className="p-3 align-bottom">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.id} id={`${id}-${row.id}`} className="border-t border-slate-200">
                <th scope="row" className="p-3 align-top font-semibold text-slate-900">
                  {row.label}
                </th>
                {table.columns.map((column) => (
                  <td key={column.id} data-label={column.label} className="p-3 align-top text-slate-800">
                    {row.cells[column.id]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption className="mt-2 text-sm text-slate-700">
        {table.note}
        <Sources sources={table.sources} id={`${id}-sources`} title="Sources for this table" entryPrefix={`${id}-source-`} />
      </figcaption>
    </figure>
  );
}
