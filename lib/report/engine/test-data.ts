import type { ModelName } from "../../records/kinds";
import { declarationOf } from "../model/declaration";
import { RECORD_KINDS } from "../../records/kinds";
import type { OutlineRow, Row } from "../model/data";
import type { ReportInput } from "./load";
import { shippedPack } from "../../rules/shipped";
import type { TRulePack } from "../../rules/pack";

/** Crafted ReportInput for unit tests: rows get ids, year, department and APPROVED by default. */
export function fakeData(
  options: {
    year?: number;
    rows?: Partial<Record<ModelName, Partial<Row>[]>>;
    outline?: Partial<OutlineRow>[];
    templateKey?: string;
    rulePack?: TRulePack;
  } = {},
): ReportInput {
  const year = options.year ?? 2022;
  const rows = {} as Record<ModelName, Row[]>;
  for (const k of RECORD_KINDS) {
    rows[k.model] = (options.rows?.[k.model] ?? []).map((r, i) => ({
      id: `${k.model}-${i + 1}`,
      year,
      departmentId: "d1",
      status: "APPROVED",
      highlight: false,
      sortOrder: i + 1,
      ...r,
    }));
  }
  return {
    year,
    academicYear: `${year - 1}-${year}`,
    title: `${year}年度质量报告`,
    templateKey: options.templateKey ?? "2022",
    rulePack: options.rulePack ?? shippedPack(options.templateKey ?? "2022"),
    institution: "测试学院",
    logoFileId: null,
    declaration: declarationOf({ legalRepresentative: "测试代表" }),
    mode: "approved",
    outline: (options.outline ?? []).map((o, i) => ({
      key: `s${i}`,
      parentKey: null,
      level: 1,
      sortOrder: i,
      number: "",
      title: `S${i}`,
      narrative: "",
      topics: [],
      blocks: [],
      version: 1,
      ...o,
    })),
    departments: new Map([["d1", "测试系"]]),
    rows,
    files: new Map(),
  };
}
