import type { InstallationKind, Prisma, PrismaClient, Role } from "../generated/prisma/client";
import { AppError } from "../errors";
import { bi } from "../i18n/bilingual";
import { db } from "../server/db";

/**
 * What an installation is, chosen once on /setup: a college writing its report (COLLEGE), or a
 * provincial or city education department (PROVINCE, CITY: 教育行政部门) gathering its colleges'
 * submission packages (lib/province). The kind cannot change after set-up, so it is read once per
 * process; before set-up an installation counts as a college.
 */
export type { InstallationKind };
type Client = PrismaClient | Prisma.TransactionClient;

export const INSTALLATION_KINDS = ["COLLEGE", "PROVINCE", "CITY"] as const satisfies readonly InstallationKind[];
export const isDepartment = (kind: InstallationKind) => kind !== "COLLEGE";

let known: InstallationKind | null = null;

export async function installationKind(prisma: Client = db()): Promise<InstallationKind> {
  if (known) return known;
  const row = await prisma.institution.findFirst({ orderBy: { createdAt: "asc" }, select: { kind: true } });
  if (row) known = row.kind;
  return row?.kind ?? "COLLEGE";
}

/** For tests that set up several installations in one process. */
export function forgetInstallationKind() {
  known = null;
}

/** Province mode's own services start here: in a college's installation they do not exist (404). */
export async function requireDepartmentInstallation(prisma: Client = db()): Promise<InstallationKind> {
  const kind = await installationKind(prisma);
  if (!isDepartment(kind))
    throw new AppError("NOT_FOUND", bi("本系统是学校安装，没有省级报送功能", "this is a college's installation: no province features"));
  return kind;
}

/** Admin pages that exist only in an education department's installation. */
const DEPARTMENT_PAGES = ["/admin/colleges", "/admin/province", "/admin/hand-in"];
/**
 * Admin pages both kinds share: accounts and settings, and the report machinery — years, the
 * outline and narratives, sign-off, editions and publishing, the rule packs — with which a
 * department writes its provincial report from a province's pack (docs/decisions/015).
 */
const SHARED_PAGES = [
  "/admin/account",
  "/admin/notifications",
  "/admin/users",
  "/admin/settings",
  "/admin/report",
  "/admin/years",
  "/admin/rule-packs",
];
/** What a COLLEGE account (province mode) may open: its hand-in page, its account and notices. */
const COLLEGE_ACCOUNT_PAGES = ["/admin/hand-in", "/admin/account", "/admin/notifications"];

const under = (path: string, prefixes: readonly string[]) => prefixes.some((p) => path === p || path.startsWith(`${p}/`));

/** Where a province installation's people start. */
export const departmentHome = (role: Role) => (role === "COLLEGE" ? "/admin/hand-in" : "/admin/province/board");

/**
 * The one guard of pages by installation (lib/admin/guard.ts asks it for every admin page): the
 * page to send this user to instead of `path`, or null when the page is theirs. A college's pages
 * (records, review, departments, tasks…) do not exist in a province installation and the
 * province's do not exist in a college's: each sends the user to their own start page.
 */
export function pageRedirect(kind: InstallationKind, role: Role, path: string): string | null {
  if (!isDepartment(kind)) return under(path, DEPARTMENT_PAGES) ? "/admin" : null;
  if (role === "COLLEGE") return under(path, COLLEGE_ACCOUNT_PAGES) ? null : departmentHome(role);
  if (under(path, DEPARTMENT_PAGES) || under(path, SHARED_PAGES)) return null;
  return departmentHome(role);
}
