import type { TIndicatorRow, TRulePack } from "./pack";

/**
 * What changed between two years' packs (「与往年的差异」): colleges brief their departments on it
 * every year. Rows are matched by code (a row keeps its code when it moves table or is renamed),
 * tables and outline sections by key. Pure: the page and any test compare the same way.
 */
export type RowRef = { code: string; label: string; table: string };
export type FieldChange = { field: string; label: string; from: string; to: string };
export type Renamed = { key: string; from: string; to: string };
export type Listed = { key: string; title: string };

export type PackDiff = {
  from: { key: string; name: string };
  to: { key: string; name: string };
  /** Name and report title. */
  pack: FieldChange[];
  tables: { added: Listed[]; removed: Listed[]; renamed: Renamed[] };
  rows: { added: RowRef[]; removed: RowRef[]; changed: (RowRef & { changes: FieldChange[] })[] };
  sections: { added: Listed[]; removed: Listed[]; renamed: Renamed[]; topics: (Listed & FieldChange)[] };
  lengthRules: FieldChange[];
  requiredParts: FieldChange[];
  checks: FieldChange[];
  /** True when nothing differs. */
  same: boolean;
};

const BASIS: Record<string, string> = { cohort: "届", schoolYear: "学年", calendarYear: "自然年" };
const AGGREGATE: Record<string, string> = { sum: "求和", rate: "比率（Σ分子/Σ分母）", none: "不汇总" };
const SKIP: Record<string, string> = { noGraduates: "当年无毕业生时不适用", noLubanWorkshop: "无鲁班工坊时不适用" };

/** The row fields a reader cares about, each with its Chinese name and how its value reads. */
const ROW_FIELDS: { field: keyof TIndicatorRow; label: string; show?: (v: unknown) => string }[] = [
  { field: "label", label: "指标名称" },
  { field: "unit", label: "单位" },
  { field: "basis", label: "统计口径", show: (v) => BASIS[String(v)] ?? String(v) },
  { field: "token", label: "数据项" },
  { field: "aggregate", label: "汇总方式", show: (v) => AGGREGATE[String(v)] ?? String(v) },
  { field: "numerator", label: "分子" },
  { field: "denominator", label: "分母" },
  { field: "skipWhen", label: "不适用条件", show: (v) => SKIP[String(v)] ?? String(v) },
];

const text = (v: unknown): string => (v === undefined || v === null || v === "" ? "（无）" : typeof v === "string" ? v : JSON.stringify(v));
const yesNo = (v: boolean) => (v ? "是" : "否");

function change(field: string, label: string, from: unknown, to: unknown, show: (v: unknown) => string = text): FieldChange[] {
  const a = from === undefined ? "（无）" : show(from);
  const b = to === undefined ? "（无）" : show(to);
  return a === b ? [] : [{ field, label, from: a, to: b }];
}

type Section = { key: string; title: string; number?: string; topics: readonly string[] };
function sectionsOf(pack: TRulePack): Map<string, Section> {
  const map = new Map<string, Section>();
  for (const ch of pack.outline.chapters) {
    map.set(ch.key, { key: ch.key, title: `${ch.number}${ch.title}`, topics: ch.topics });
    for (const s of ch.sections) map.set(s.key, { key: s.key, title: s.title, topics: s.topics });
  }
  return map;
}

function rowsOf(pack: TRulePack): Map<string, TIndicatorRow & { table: string }> {
  return new Map(pack.indicatorTables.flatMap((t) => t.rows.map((r) => [r.code, { ...r, table: t.title }] as const)));
}

/** Keyed things present in one and not the other, and those whose title changed. */
function keyed<T>(a: Map<string, T>, b: Map<string, T>, title: (v: T) => string) {
  return {
    added: [...b].filter(([k]) => !a.has(k)).map(([key, v]) => ({ key, title: title(v) })),
    removed: [...a].filter(([k]) => !b.has(k)).map(([key, v]) => ({ key, title: title(v) })),
    renamed: [...b]
      .filter(([k, v]) => a.has(k) && title(a.get(k)!) !== title(v))
      .map(([key, v]) => ({ key, from: title(a.get(key)!), to: title(v) })),
  };
}

export function diffRulePacks(from: TRulePack, to: TRulePack): PackDiff {
  const tables = keyed(
    new Map(from.indicatorTables.map((t) => [t.key, t])),
    new Map(to.indicatorTables.map((t) => [t.key, t])),
    (t) => t.title,
  );

  const [ra, rb] = [rowsOf(from), rowsOf(to)];
  const ref = (r: TIndicatorRow & { table: string }): RowRef => ({ code: r.code, label: r.label, table: r.table });
  const rows: PackDiff["rows"] = {
    added: [...rb.values()].filter((r) => !ra.has(r.code)).map(ref),
    removed: [...ra.values()].filter((r) => !rb.has(r.code)).map(ref),
    changed: [...rb.values()].flatMap((r) => {
      const old = ra.get(r.code);
      if (!old) return [];
      const changes = [
        ...change("table", "所在表", old.table, r.table),
        ...ROW_FIELDS.flatMap((f) => change(String(f.field), f.label, old[f.field], r[f.field], f.show)),
      ];
      return changes.length ? [{ ...ref(r), changes }] : [];
    }),
  };

  const [sa, sb] = [sectionsOf(from), sectionsOf(to)];
  const sections: PackDiff["sections"] = {
    ...keyed(sa, sb, (s) => s.title),
    topics: [...sb.values()].flatMap((s) => {
      const old = sa.get(s.key);
      return old
        ? change("topics", "栏目", old.topics.join("、"), s.topics.join("、")).map((c) => ({ key: s.key, title: s.title, ...c }))
        : [];
    }),
  };

  const lengthRules = [
    ...change("mainText.min", "正文最少字数", from.lengthRules.mainText.min, to.lengthRules.mainText.min),
    ...change("mainText.max", "正文最多字数", from.lengthRules.mainText.max, to.lengthRules.mainText.max),
    ...change("caseMax", "每个案例最多字数", from.lengthRules.caseMax, to.lengthRules.caseMax),
  ];
  const titleOf = (p: TRulePack, key: string) => sectionsOf(p).get(key)?.title ?? key;
  const requiredParts = [
    ...change(
      "sections",
      "必备部分",
      from.requiredParts.sections.map((k) => titleOf(from, k)).join("、"),
      to.requiredParts.sections.map((k) => titleOf(to, k)).join("、"),
    ),
    ...change("blocks", "必备数据块", from.requiredParts.blocks.join("、"), to.requiredParts.blocks.join("、")),
    ...change("declaration", "真实性责任声明", from.requiredParts.declaration, to.requiredParts.declaration, (v) => yesNo(Boolean(v))),
    ...change("indicatorTables", "附录指标表", from.requiredParts.indicatorTables, to.requiredParts.indicatorTables, (v) =>
      yesNo(Boolean(v)),
    ),
    ...change("minCases", "案例最少数量", from.requiredParts.minCases, to.requiredParts.minCases),
  ];
  const checks = [
    ...change("academicYear", "学年与年度一致", from.checks.academicYear, to.checks.academicYear, (v) => yesNo(Boolean(v))),
    ...change("graduateCohort", "毕业生届别与年度一致", from.checks.graduateCohort, to.checks.graduateCohort, (v) => yesNo(Boolean(v))),
  ];
  const pack = [...change("name", "名称", from.name, to.name), ...change("title", "报告标题", from.title, to.title)];

  const lists = [
    pack,
    tables.added,
    tables.removed,
    tables.renamed,
    rows.added,
    rows.removed,
    rows.changed,
    sections.added,
    sections.removed,
    sections.renamed,
    sections.topics,
    lengthRules,
    requiredParts,
    checks,
  ];
  return {
    from: { key: from.key, name: from.name },
    to: { key: to.key, name: to.name },
    pack,
    tables,
    rows,
    sections,
    lengthRules,
    requiredParts,
    checks,
    same: lists.every((l) => l.length === 0),
  };
}
