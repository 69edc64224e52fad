// A province installation for the import benchmarks (province-import.ts, _profile-import.ts): set up
// through the real set-up, its administrator as the actor who hands in. Import it after the scripts
// have chosen NIANBAO_DATA_DIR (lib modules read it when first loaded).
import type { Actor } from "../../lib/auth/actor";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { completeSetup } from "../../lib/institution/service";
import { issueSetupToken } from "../../lib/institution/setup-token";

const PASSWORD = "Jizhun-sheng-2025!";

export async function setUpBenchProvince(prisma: PrismaClient): Promise<Actor> {
  const setupToken = (await issueSetupToken(prisma))!;
  const { administrator } = await completeSetup({
    prisma,
    setupToken,
    kind: "PROVINCE",
    institution: { name: "基准省教育厅" },
    admin: { username: "bench", displayName: "bench", password: PASSWORD, passwordConfirm: PASSWORD },
  });
  return { id: administrator!.id, username: "bench", displayName: "bench", role: "ADMIN", departmentId: null };
}

/** Benchmark colleges' 学校标识码: 4100000000, 4100000001, … */
export const benchCodes = (n: number) => Array.from({ length: n }, (_, i) => String(4100000000 + i));
