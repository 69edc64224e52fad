import { AppError } from "../errors";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { bi } from "../i18n/bilingual";
import type { RecordKind } from "./kinds";

/**
 * "May this record point at that file, case or workshop?" Ids in a record's fields come from
 * the client; unchecked, a figure of one department could point at another department's draft
 * evidence and so make it readable, or slip a photo into another department's case.
 *
 * Rule: a reference must point at something of the record's own department — a case of that
 * department (its figures are printed inside the case), a file uploaded by one of its users — or,
 * for a Luban activity, at a workshop of that department or an approved (public) one. A missing
 * target and a forbidden one get the same answer, so the check reveals nothing.
 */
type Client = PrismaClient | Prisma.TransactionClient;

const MESSAGES = {
  caseId: bi("所属案例不存在或不属于本部门", "the case does not exist or belongs to another department"),
  workshopId: bi("所属工坊不存在或不可用", "the workshop does not exist or may not be used"),
  fileId: bi("文件不存在或不属于本部门", "the file does not exist or belongs to another department"),
} as const;
type Field = keyof typeof MESSAGES;

/** Which fields of which kinds hold references. */
const REFERENCES: Record<string, Field[]> = { figure: ["caseId", "fileId"], lubanActivity: ["workshopId"] };

async function allowedIds(client: Client, field: Field, ids: string[], departmentId: string): Promise<Set<string>> {
  const where = { id: { in: ids }, deletedAt: null };
  const rows =
    field === "caseId"
      ? await client.record.findMany({ where: { ...where, kind: "case", departmentId }, select: { id: true } })
      : field === "workshopId"
        ? await client.record.findMany({
            where: { ...where, kind: "lubanWorkshop", OR: [{ departmentId }, { status: "APPROVED" }] },
            select: { id: true },
          })
        : await client.storedFile.findMany({ where: { id: { in: ids }, uploadedBy: { departmentId } }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

/**
 * Refuses (400, on the field) any reference in `rows` that does not point at the department's
 * own case, workshop or file. `rows` are parsed record inputs of `kind`, all for `departmentId`.
 */
export async function checkReferences(options: {
  kind: RecordKind;
  departmentId: string;
  rows: Record<string, unknown>[];
  client: Client;
}): Promise<void> {
  for (const field of REFERENCES[options.kind.model] ?? []) {
    const ids = [...new Set(options.rows.map((r) => r[field]).filter((v): v is string => typeof v === "string" && v !== ""))];
    if (!ids.length) continue;
    const allowed = await allowedIds(options.client, field, ids, options.departmentId);
    const bad = ids.find((id) => !allowed.has(id));
    if (bad !== undefined) throw new AppError("INVALID", MESSAGES[field], { [field]: [MESSAGES[field]] });
  }
}
