import { z } from "zod";
import { slug } from "./fields";

export const topicSchema = z.strictObject({
  /** Id used by articles' `topic` field. */
  id: slug,
  /** Heading shown for the topic. */
  title: z.string().min(3),
  /** One sentence saying what the topic covers. */
  description: z.string().min(10),
});
export const topicListSchema = z.array(topicSchema).min(1);

export type Topic = z.infer<typeof topicSchema>;
