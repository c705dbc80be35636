import type { ComparisonTable as TableData } from "@/lib/content/schemas/comparison-table";
import type { UiText } from "@/lib/content/schemas/site-text";
import { CitedText } from "../article/CitedText";
import { Sources, type HeadingLevel } from "../article/Sources";

type Props = {
  table: TableData;
  /** Prefixes the row anchors: a link to `#levels-of-care-iop` points at the IOP row. */
  id: string;
  /** Level of the "Sources for this table" heading: one below the section the table sits in. */
  headingLevel: HeadingLevel;
  words: UiText["article"];
};

/**
 * A real table at every width: on narrow screens it keeps its table layout
 * and scrolls sideways inside a focusable region named by its caption, with
 * the row headers held in view (app/globals.css). Re-styling rows as cards
 * would drop the table from the accessibility tree in some browsers.
 */
export function ComparisonTable({ table, id, headingLevel, words }: Props) {
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
                  <td key={column.id} className="p-3 align-top text-slate-800">
                    <CitedText parts={row.cells[column.id]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption className="mt-2 text-sm text-slate-700">
        {table.note}
        <Sources sources={table.sources} words={words} id={`${id}-sources`} title={words.tableSources} entryPrefix={`${id}-source-`} headingLevel={headingLevel} />
      </figcaption>
    </figure>
  );
}
