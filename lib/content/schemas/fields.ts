import { z } from "zod";

/** Field shapes shared by several content kinds. */

export const isoDate = z
  .string({ error: "expected a date written as YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "expected a date written as YYYY-MM-DD", abort: true })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    message: "expected a real calendar date (YYYY-MM-DD)",
  });

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a short lower-case slug such as 'time-commitment'");

