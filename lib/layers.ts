/**
 * The layers of the code, lowest first (docs/architecture.md draws them). A module may import from
 * its own layer or any layer below it, never from a layer above; and no two units import each other,
 * even through others. A unit is the longest path prefix listed here (a lib/ folder, a top-level
 * file of lib/, or a part of a folder that belongs to another layer). tests/integration/layers.test.ts
 * holds the code to this table: a new folder has to be placed here before anything may import it.
 */
export const LAYERS = [
  {
    name: "base",
    why: "settings, time, errors, text, database, storage, logging: knows no domain word",
    units: [
      "lib/generated",
      "lib/env",
      "lib/i18n",
      "rule-packs",
      "lib/errors",
      "lib/time",
      "lib/text",
      "lib/decimal",
      "lib/validation",
      "lib/http",
      "lib/server",
      "lib/storage",
      "lib/ops",
      "lib/site",
      "lib/jobs",
      // The submission package's format (zod only): shared by the college that writes it and the province that reads it.
      "lib/package/schema",
    ],
  },
  {
    name: "domain",
    why: "who may do what, records and their workflow, years, departments, people, files, notices",
    units: [
      "lib/auth",
      "lib/actions",
      "lib/audit",
      "lib/admin",
      "lib/records",
      "lib/workflow",
      "lib/years",
      "lib/departments",
      "lib/users",
      "lib/institution",
      "lib/files",
      "lib/evidence",
      "lib/notifications",
      // The states a record moves through: records name them, the workflow moves records between them.
      "lib/workflow/states",
      // A notice and its mail as such (the bell, the queued mail), below what writes them: a record's
      // write path settles its notices; the notices about records (lib/notifications/service) name records.
      "lib/notifications/handoff",
      "lib/notifications/mail",
      "lib/tasks",
      "lib/partners",
      "lib/import",
      "lib/api",
      // Province mode's figures over the colleges' submissions (reads the database only): the provincial report's tokens quote them.
      "lib/province/aggregates",
      // A pooled case's photos as stored: the case pool and the provincial report's typical cases read them.
      "lib/province/photos",
    ],
  },
  {
    name: "web",
    why: "the one HTTP face: caching policies, the reader (session, language), the page frame",
    units: ["lib/web"],
  },
  {
    name: "report model",
    why: "what a report is made of: its data rows, the document, table and block declarations, outline templates, the tokens narratives quote; rule packs are checked against it",
    units: ["lib/report/model", "lib/report/tokens"],
  },
  {
    name: "report engine",
    why: "a year's report built from approved records under its rule pack",
    units: ["lib/report", "lib/rules"],
  },
  {
    name: "outputs",
    why: "the report rendered as PDF, Word and a workbook",
    units: ["lib/pdf", "lib/docx", "lib/workbook"],
  },
  {
    name: "application",
    why: "what spans every part: each person's to-do list, the modules a college uses, the job worker and the registry of its handlers, the submission package a college hands in and the province that gathers them",
    units: ["lib/todo", "lib/admin/modules", "lib/jobs/registry", "lib/jobs/worker", "lib/package", "lib/province"],
  },
  {
    name: "delivery",
    why: "pages, route handlers, components, scripts, the demo and the process around them",
    units: [
      "app",
      "components",
      "scripts",
      "proxy",
      "instrumentation",
      "prisma/demo",
      // The public report over HTTP (its bytes, pages and PDF downloads), shared by serve.ts and the route handlers.
      "lib/report/http",
      "lib/api/openapi",
      "lib/api/openapi-outline",
      "lib/demo",
      "lib/runtime",
      "lib/backup",
      "lib/layers",
    ],
  },
] as const satisfies readonly { name: string; why: string; units: readonly string[] }[];

export type LayerName = (typeof LAYERS)[number]["name"];
