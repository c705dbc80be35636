import { z } from "zod";
import { slug } from "./fields";
import type { CitedPart, CitedSource } from "../citations";
import { sourceIdsSchema } from "./source";

const columnSchema = z.strictObject({
  /** Key used by each row's `cells`, and part of nothing visible. */
  id: slug,
  /** Column header text. */
  label: z.string().min(1),
});

const rowSchema = z.strictObject({
  /** Anchor of the row, so a link can point at it (e.g. `#iop`). */
  id: slug,
  /** Row header text. */
  label: z.string().min(1),
  /** One short text per column id. */
  cells: z.record(z.string(), z.string().min(1)),
});

/** A comparison table kept as data, so each figure in it is written in one place only. */
export const comparisonTableSchema = z
  .strictObject({
    /** The table's caption: what it compares. */
    caption: z.string().min(5),
    /** Header of the first column, which holds the row labels. */
    rowHeader: z.string().min(1),
    columns: z.array(columnSchema).min(1),
    rows: z.array(rowSchema).min(2),
    /** A sentence under the table on how to read it (ranges, variation). */
    note: z.string().min(10).optional(),
    /** Ids of entries in content/sources.yml the figures come from; shown under the table. */
    sources: sourceIdsSchema,
  })
  .superRefine((table, ctx) => {
    const columnIds = new Set(table.columns.map((c) => c.id));
    table.rows.forEach((row, index) => {
      for (const id of columnIds) {
        if (!(id in row.cells)) ctx.addIssue({ code: "custom", path: ["rows", index, "cells"], message: `expected a cell for column '${id}'` });
      }
      for (const id of Object.keys(row.cells)) {
        if (!columnIds.has(id)) ctx.addIssue({ code: "custom", path: ["rows", index, "cells", id], message: `expected one of the column ids (${[...columnIds].join(", ")})` });
      }
    });
  });

/** A table file as written: its sources are ids. */
export type ComparisonTableFile = z.infer<typeof comparisonTableSchema>;
/**
 * A table as pages use it: each cell cut at its citation markers, and its
 * sources looked up in content/sources.yml, then those its cells cite.
 */
export type ComparisonTable = Omit<ComparisonTableFile, "sources" | "rows"> & {
  rows: (Omit<ComparisonTableFile["rows"][number], "cells"> & { cells: Record<string, CitedPart[]> })[];
  sources: CitedSource[];
};
