import type { ReactNode } from "react";

type Props = {
  title: string;
  /** The section's spacing from what comes before it. */
  className: string;
  /** How the list lays out its items (a grid of cards, a bulleted list). */
  listClassName: string;
  /** The list's items. */
  children: ReactNode;
  /** What follows the list, such as a link to everything. */
  footer?: ReactNode;
};

/** One section of the home page: an h2 over a list of links, so every section reads the same to a screen reader. */
export function HomeSection({ title, className, listClassName, children, footer }: Props) {
  return (
    <section className={className}>
      <h2 className="text-2xl font-semibold">{title}</h2>
      <ul className={listClassName}>{children}</ul>
      {footer}
    </section>
  );
}
