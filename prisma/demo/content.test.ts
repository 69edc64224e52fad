import fs from "node:fs";
import path from "node:path";
import { describe, it, expect } from "vitest";
import { cases } from "./cases";
import { figures } from "./figures";
import { narratives } from "./narratives";
import { departments } from "./departments";
import { indicators } from "./records";
import { TOPICS, TOPIC_KEYS } from "../../lib/records/topics";
import { shippedPack } from "../../lib/rules/shipped";

/** Computed values a narrative may quote as {{name}}. */
const COMPUTED_TOKENS = [
  "employment.graduates",
  "employment.placementRate",
  "employment.placementRateChange",
  "employment.averageSalary",
  "certificates.count",
  "certificates.pilotMajors",
  "certificates.planned",
  "certificates.trained",
  "certificates.examined",
  "certificates.passRate",
  "training.programmes",
  "training.hours",
  "training.skillHours",
  "training.skillShare",
  "training.publicHours",
  "training.publicShare",
  "training.onlineHours",
  "training.offlineHours",
  "training.personTimes",
  "funding.incomeTotal",
  "funding.basic",
  "funding.special",
  "funding.operating",
  "funding.otherOperating",
  "funding.appropriationTotal",
  "funding.selfRaisedTotal",
  "awards.table1Rows",
  "majors.count",
  "majors.new",
  "luban.enrolled",
  "luban.trained",
  "luban.teachers",
];

/** Indicator keys a narrative may quote as {{indicator.KEY}}: those the demo data has. */
const INDICATOR_KEYS = indicators.map((i) => i.key);

const ALLOWED_TOKENS = new Set([...COMPUTED_TOKENS, ...INDICATOR_KEYS.map((k) => `indicator.${k}`)]);

const cjk = (s: string) => (s.match(/[\u4e00-\u9fff]/g) ?? []).length;
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

const SEED_PATH = path.resolve(__dirname, "../../../shared/seed/2022-annual-quality-report.txt");
const seedExists = fs.existsSync(SEED_PATH);
const RUN = 20;

describe("demo content: cases", () => {
  it("has the 22 cases numbered 1..22, in order, with non-empty titles", () => {
    expect(cases.map((c) => c.number)).toEqual(range(22));
    for (const c of cases) {
      expect(c.title.trim(), `案例${c.number} title`).not.toBe("");
      expect(c.title, `案例${c.number} title is trimmed`).toBe(c.title.trim());
      expect(c.title, `案例${c.number} title has no prefix`).not.toMatch(/^案例/);
    }
  });

  it("files every case under a known topic and department", () => {
    const codes = new Set(departments.map((d) => d.code));
    for (const c of cases) {
      expect(TOPIC_KEYS, `案例${c.number} topic`).toContain(c.topic);
      expect(codes.has(c.dept), `案例${c.number} dept ${c.dept}`).toBe(true);
    }
  });

  it("keeps every case body at most 1000 characters (250–700 Chinese characters)", () => {
    for (const c of cases) {
      expect(c.body.length, `案例${c.number} body length`).toBeLessThanOrEqual(1000);
      const n = cjk(c.body);
      expect(n, `案例${c.number} Chinese characters`).toBeGreaterThanOrEqual(250);
      expect(n, `案例${c.number} Chinese characters`).toBeLessThanOrEqual(700);
    }
  });

  it.skipIf(!seedExists)(`shares no run of ${RUN}+ characters with the seed report (skipped when ${SEED_PATH} is missing)`, () => {
    const seed = fs.readFileSync(SEED_PATH, "utf8").replace(/\s+/g, "");
    const windows = new Set<string>();
    for (let i = 0; i + RUN <= seed.length; i++) windows.add(seed.slice(i, i + RUN));
    for (const c of cases) {
      const body = c.body.replace(/\s+/g, "");
      const copied: string[] = [];
      for (let i = 0; i + RUN <= body.length; i++) {
        const w = body.slice(i, i + RUN);
        if (windows.has(w)) copied.push(w);
      }
      expect(copied, `案例${c.number} copies the report`).toEqual([]);
    }
  });
  if (!seedExists) console.warn(`content.test: seed report not found at ${SEED_PATH}; copy check skipped`);
});

describe("demo content: figures", () => {
  it("has the 95 figures numbered 1..95, in order, with captions", () => {
    expect(figures.map((f) => f.number)).toEqual(range(95));
    for (const f of figures) {
      expect(f.caption.trim(), `图${f.number} caption`).not.toBe("");
      expect(f.caption, `图${f.number} caption is trimmed`).toBe(f.caption.trim());
    }
  });

  it("points every caseNumber at an existing case", () => {
    const numbers = new Set(cases.map((c) => c.number));
    for (const f of figures) {
      if (f.caseNumber !== undefined) expect(numbers.has(f.caseNumber), `图${f.number} → 案例${f.caseNumber}`).toBe(true);
    }
  });

  it("places a case's figures under the case's topic", () => {
    const byNumber = new Map(cases.map((c) => [c.number, c]));
    for (const f of figures) {
      if (f.caseNumber !== undefined) expect(f.topic, `图${f.number}`).toBe(byNumber.get(f.caseNumber)?.topic);
    }
  });

  it("uses a known topic and department, and charts only for 图94 and 图95", () => {
    const codes = new Set(departments.map((d) => d.code));
    for (const f of figures) {
      expect(TOPIC_KEYS, `图${f.number} topic`).toContain(f.topic);
      expect(codes.has(f.dept), `图${f.number} dept ${f.dept}`).toBe(true);
    }
    const charts = figures.filter((f) => f.kind === "CHART" || f.chart);
    expect(charts.map((f) => [f.number, f.kind, f.chart])).toEqual([
      [94, "CHART", "supervision-grades"],
      [95, "CHART", "funding-income"],
    ]);
  });
});

describe("demo content: narratives", () => {
  it("has exactly one narrative for every topic of the demo's 2022 outline", () => {
    const topics = narratives.map((n) => n.topic);
    expect(new Set(topics).size).toBe(topics.length);
    for (const t of topics) expect(Object.keys(TOPICS), `unknown topic ${t}`).toContain(t);
    // Topics a later pack brought (学校基本情况, 文化传承 in 2024) are not part of the 2022 report.
    const outline = shippedPack("2022").outline.chapters.flatMap((c) => [c, ...c.sections]);
    for (const t of new Set(outline.flatMap((s) => s.topics))) expect(topics, `no narrative for ${t}`).toContain(t);
  });

  it("uses only the allowed tokens", () => {
    for (const n of narratives) {
      const tokens = [...n.narrative.matchAll(/\{\{([^{}]*)\}\}/g)].map((m) => m[1]);
      for (const t of tokens) expect(ALLOWED_TOKENS.has(t!), `${n.topic}: {{${t}}}`).toBe(true);
      // No malformed token syntax left over once the well-formed ones are removed.
      const rest = n.narrative.replace(/\{\{[^{}]*\}\}/g, "");
      expect(rest, `${n.topic}: stray braces`).not.toMatch(/[{}]/);
    }
  });

  it("keeps each narrative at 150–600 Chinese characters", () => {
    for (const n of narratives) {
      const count = cjk(n.narrative);
      expect(count, `${n.topic}`).toBeGreaterThanOrEqual(150);
      expect(count, `${n.topic}`).toBeLessThanOrEqual(600);
    }
  });
});
