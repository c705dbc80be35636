import { describe, expect, test } from "vitest";
import { messageForMutation, replace } from "./helpers/mutated-site";

const figure = (id: string, value: string) => `- id: ${id}\n  value: "${value}"\n  meaning: Least hours a week of adult IOP\n  source: tip-47\n`;

describe("a duplicate id is an error naming both places", () => {
  test("figures: the second value never silently wins", () => {
    expect(messageForMutation("duplicate-figure", { "figures.yml": () => figure("iop-hours", "9") + figure("php-hours", "20") + figure("iop-hours", "12") }))
      .toMatchInlineSnapshot(`
        "Content has 1 problem:
          - tests/fixtures/.mutated/duplicate-figure/figures.yml:9 2.id: figure id 'iop-hours' is also used at tests/fixtures/.mutated/duplicate-figure/figures.yml:1; give each figure its own id"
      `);
  });

  test("topics, help lines and glossary terms", () => {
    expect(
      messageForMutation("duplicate-list-ids", {
        "topics.yml": (text) => `${text}- id: basics\n  title: Basics again\n  description: A second topic with the same id.\n`,
        "help-lines.yml": replace("- id: emergency-911", "- id: lifeline-988"),
        "glossary.yml": (text) => `${text}- id: iop\n  term: IOP again\n  definition: The same term written a second time.\n`,
      }),
    ).toMatchInlineSnapshot(`
      "Content has 3 problems:
        - tests/fixtures/.mutated/duplicate-list-ids/glossary.yml:6 1.id: glossary term id 'iop' is also used at tests/fixtures/.mutated/duplicate-list-ids/glossary.yml:1; merge the two terms or give one another id
        - tests/fixtures/.mutated/duplicate-list-ids/help-lines.yml:16 1.id: help line id 'lifeline-988' is also used at tests/fixtures/.mutated/duplicate-list-ids/help-lines.yml:2; give each help line its own id
        - tests/fixtures/.mutated/duplicate-list-ids/topics.yml:23 7.id: topic id 'basics' is also used at tests/fixtures/.mutated/duplicate-list-ids/topics.yml:2; give each topic its own id"
    `);
  });

  test("sources and safety callouts", () => {
    expect(
      messageForMutation("duplicate-source-ids", {
        "sources.yml": (text) => `${text}- id: tip-47\n  title: The same report listed twice\n  publisher: SAMHSA\n  year: 2006\n`,
        "callouts.yml": (text) => `${text}- id: overdose\n  label: Safety warning\n  title: A second overdose callout\n  body: A second body written under the same id, long enough to pass.\n`,
      }),
    ).toMatchInlineSnapshot(`
      "Content has 2 problems:
        - tests/fixtures/.mutated/duplicate-source-ids/callouts.yml:23 1.id: safety callout id 'overdose' is also used at tests/fixtures/.mutated/duplicate-source-ids/callouts.yml:4; merge the two callouts or give one another id
        - tests/fixtures/.mutated/duplicate-source-ids/sources.yml:45 10.id: source id 'tip-47' is also used at tests/fixtures/.mutated/duplicate-source-ids/sources.yml:5; list each source once and cite that one id"
    `);
  });

  test("table columns and rows", () => {
    expect(
      messageForMutation("duplicate-table-ids", {
        "tables/levels-of-care.yml": (text) => replace("  - id: php", "  - id: iop")(replace("columns:\n", "columns:\n  - id: hours\n    label: Hours again\n")(text)),
      }),
    ).toMatchInlineSnapshot(`
      "Content has 2 problems:
        - tests/fixtures/.mutated/duplicate-table-ids/tables/levels-of-care.yml:8 columns.1.id: column id 'hours' is also used at tests/fixtures/.mutated/duplicate-table-ids/tables/levels-of-care.yml:6; give each column its own id
        - tests/fixtures/.mutated/duplicate-table-ids/tables/levels-of-care.yml:47 rows.2.id: row id 'iop' is also used at tests/fixtures/.mutated/duplicate-table-ids/tables/levels-of-care.yml:36; give each row its own id"
    `);
  });

  test("checklist sections and items", () => {
    expect(
      messageForMutation("duplicate-checklist-items", {
        "checklists/questions-for-a-program.yml": (text) =>
          replace("  - heading: The treatment", "  - heading: The program and its staff")(
            replace("      - Is a doctor, nurse or psychiatrist part of the team?", "      - Is it accredited by an outside body? Which one?")(text),
          ),
      }),
    ).toMatchInlineSnapshot(`
      "Content has 2 problems:
        - tests/fixtures/.mutated/duplicate-checklist-items/checklists/questions-for-a-program.yml:16 sections.0.items.3: checklist item 'Is it accredited by an outside body? Which one?' is also used at tests/fixtures/.mutated/duplicate-checklist-items/checklists/questions-for-a-program.yml:14; list each question once
        - tests/fixtures/.mutated/duplicate-checklist-items/checklists/questions-for-a-program.yml:17 sections.1.heading: section heading 'The program and its staff' is also used at tests/fixtures/.mutated/duplicate-checklist-items/checklists/questions-for-a-program.yml:11; give each section its own heading"
    `);
  });
});
