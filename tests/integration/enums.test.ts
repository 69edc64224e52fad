import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RECORD_KINDS } from "@/lib/records/kinds";
import { MODEL_NAMES } from "@/lib/records/declare";
import * as E from "@/lib/records/enums";
import { ROLES } from "@/lib/users/roles";
import { RECORD_STATUSES } from "@/lib/workflow/states";

/** The enumerations and models of prisma/schema.prisma, read from the schema itself. */
const schema = fs.readFileSync(path.resolve(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");
function prismaEnum(name: string): string[] {
  const body = new RegExp(`^enum ${name} \\{([^}]*)\\}`, "m").exec(schema)?.[1];
  if (!body) throw new Error(`no enum ${name} in the schema`);
  return body
    .split("\n")
    .map((l) => l.replace(/\/\/.*$/, "").trim())
    .filter(Boolean);
}
const prismaModels = [...schema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!);
const sorted = (xs: readonly string[]) => [...xs].sort();

describe("declared enumerations equal Prisma's", () => {
  it.each([
    ["RecordStatus", RECORD_STATUSES],
    ["Role", ROLES],
    ["Level", E.LEVEL.values],
    ["ParticipantType", E.PARTICIPANT_TYPE.values],
    ["EntryType", E.ENTRY_TYPE.values],
    ["MajorChange", E.MAJOR_CHANGE.values],
    ["FundingDirection", E.FUNDING_DIRECTION.values],
    ["FundingCategory", E.FUNDING_CATEGORY.values],
    ["ProjectStage", E.PROJECT_STAGE.values],
    ["TrainingCategory", E.TRAINING_CATEGORY.values],
    ["DeliveryMode", E.DELIVERY_MODE.values],
    ["FigureKind", E.FIGURE_KIND.values],
  ] as const)("%s", (name, declared) => {
    expect(sorted(declared)).toEqual(sorted(prismaEnum(name)));
  });

  it("model names: one per record kind, each a Prisma model and a relation of Record", () => {
    expect(sorted(RECORD_KINDS.map((k) => k.model))).toEqual(sorted(MODEL_NAMES));
    const record = /^model Record \{([^}]*)\}/m.exec(schema)?.[1] ?? "";
    for (const m of MODEL_NAMES) {
      const model = m[0]!.toUpperCase() + m.slice(1);
      expect(prismaModels, m).toContain(model);
      expect(record, m).toMatch(new RegExp(`^\\s+${m}\\s+${model}\\?`, "m"));
    }
  });

  it("reads the schema it compares with (a changed enum would fail)", () => {
    expect(prismaEnum("RecordStatus")).toEqual(["DRAFT", "SUBMITTED", "APPROVED", "RETURNED"]);
    expect(() => prismaEnum("NoSuchEnum")).toThrow();
  });
});
