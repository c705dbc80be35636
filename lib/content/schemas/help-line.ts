import { z } from "zod";
import { slug } from "./fields";

const contactSchema = z.strictObject({
  /** What the reader does, e.g. "Call 988" or "Text 988". */
  label: z.string().min(2),
  /** Where the link goes: tel:, sms: or https:. */
  href: z.string().regex(/^(tel:[0-9+-]+|sms:[0-9+-]+|https:\/\/\S+)$/, "expected a tel:, sms: or https:// link"),
});

/** A help line or locator. Numbers live only here, so every page shows the same ones. */
export const helpLineSchema = z.strictObject({
  id: slug,
  /** Service name as its operator gives it. */
  name: z.string().min(2),
  /** When to use it, in one plain sentence. */
  purpose: z.string().min(10),
  /** Shown in the crisis line at the top of every page: crisis services only (988, 911), never a referral line. */
  inCrisisBar: z.boolean().default(false),
  /** Short name in the crisis bar before its call and text links, e.g. "988 Lifeline". */
  barLabel: z.string().min(2).optional(),
  contacts: z.array(contactSchema).min(1),
  /** Other ways to reach it (another language, interpretation, sign language), one short line each. */
  otherWays: z
    .array(
      z.strictObject({
        /** What to do, e.g. "In Spanish: call 988 and press 2". */
        text: z.string().min(5),
        /** A link for it, when there is one (https). */
        href: z.url({ protocol: /^https$/, error: "expected an https:// address" }).optional(),
      }),
    )
    .default([]),
  /** Opening hours and languages, as one short line. */
  availability: z.string().min(2).optional(),
  /** Id of the entry in content/sources.yml that confirms the number. */
  source: slug,
});
export const helpLineListSchema = z.array(helpLineSchema).min(1);

export type HelpLine = z.infer<typeof helpLineSchema>;
