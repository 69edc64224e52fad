import type { Actor } from "../../../lib/auth/actor";
import { completeSetup } from "../../../lib/institution/service";
import { issueSetupToken } from "../../../lib/institution/setup-token";
import { pickCase } from "../../../lib/province/cases";
import { handInPackage } from "../../../lib/province/import";
import { publishEdition } from "../../../lib/report/editions/editions";
import { updateNarrative } from "../../../lib/report/outline/narratives";
import { openYear } from "../../../lib/report/outline/open-year";
import { closePrismaClient, createPrismaClient } from "../../../lib/server/db";
import { buildPackage } from "../../support/packages";

/**
 * Seeds the province of province-report.spec.ts on DATABASE_URL (migrated, empty) through the
 * domain functions: set up as a province, three colleges hand in 2024, the first one's case is
 * picked, 2024 is opened from the provincial pack, one narrative quotes {{province.SC02}}, and an
 * edition is published. Prints the colleges' names as JSON on its last line.
 */
const COLLEGES = [
  { code: "4137030001", name: "甲市职业技术学院", graduates: 100, placed: 90 },
  { code: "4137030002", name: "乙县职业学校", graduates: 2, placed: 1 },
  { code: "4137030003", name: "丙城职业技术学院", graduates: 1000, placed: 950 },
];
const prisma = createPrismaClient(process.env.DATABASE_URL!, 2);
try {
  const password = process.env.SEED_PASSWORD!;
  const done = await completeSetup({
    prisma,
    setupToken: (await issueSetupToken(prisma))!,
    kind: "PROVINCE",
    institution: { name: "山东省教育厅" },
    admin: { username: "office", displayName: "职成处", password, passwordConfirm: password },
  });
  const u = done.administrator!;
  const admin: Actor = { id: u.id, username: u.username, displayName: u.displayName, role: u.role, departmentId: null };
  // The leader's sign-off before publishing is tested in tests/integration/province-report.test.ts; here it is off.
  await prisma.institution.updateMany({ data: { leaderSignoff: false } });
  for (const c of COLLEGES) {
    await prisma.college.create({ data: { code: c.code, name: c.name, type: "HIGHER", city: "济南" } });
    const scorecard = [
      { code: "SC01", value: c.graduates },
      { code: "SC02", value: Math.round((c.placed / c.graduates) * 10000) / 100, numerator: c.placed, denominator: c.graduates },
    ];
    await handInPackage({ prisma, actor: admin, bytes: buildPackage({ code: c.code, name: c.name, cases: 1, figures: { scorecard } }) });
  }
  const picked = await prisma.pooledCase.findFirstOrThrow({ where: { submission: { college: { code: COLLEGES[0]!.code } } } });
  await pickCase(prisma, admin, { caseId: picked.id, picked: "1" });
  await openYear({ actor: admin, prisma, input: { year: 2024, academicYear: "2023-2024", source: "province-2024" } });
  await updateNarrative({
    actor: admin,
    prisma,
    year: 2024,
    sectionKey: "students.employment",
    version: 1,
    narrative: "全省毕业去向落实率为{{province.SC02}}。",
  });
  await publishEdition({ actor: admin, prisma, year: 2024 });
  console.log(JSON.stringify({ picked: COLLEGES[0]!.name, others: COLLEGES.slice(1).map((c) => c.name) }));
} finally {
  await closePrismaClient(prisma);
}
