import { describe, expect, test } from "vitest";
import { findPlaceholder } from "@/lib/content/placeholders";

describe("placeholders", () => {
  test("finds an editor's marks in English and Spanish", () => {
    expect(findPlaceholder("Adult IOP is TODO hours a week.")).toBe("TODO");
    expect(findPlaceholder("The code is TBD.")).toBe("TBD");
    expect(findPlaceholder("todo: add the source")).toBe("todo:");
    expect(findPlaceholder("Fixme : check the date")).toBe("Fixme :");
    expect(findPlaceholder("Lorem ipsum dolor sit amet.")).toBe("Lorem ipsum");
  });

  test("lets the Spanish word for 'all' pass", () => {
    expect(findPlaceholder("Sobre todo por consulta. Todos los días, todo el día.")).toBeUndefined();
  });
});
