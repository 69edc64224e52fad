import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { institutionUpdateFromJson } from "../../lib/institution/api-input";
import { completeSetup, institutionProfile, needsSetup, updateInstitution } from "../../lib/institution/service";
import { issueSetupToken } from "../../lib/institution/setup-token";
import {
  createDepartment,
  deleteDepartment,
  listDepartments,
  moveDepartment,
  setDepartmentActive,
  assertDepartmentOpen,
  updateDepartment,
} from "../../lib/departments/service";
import { changeOwnPassword } from "../../lib/users/service";
import { verifyPassword } from "../../lib/auth/password";
import { demoDatabase, migratedDatabase } from "../support/database";
import { outcome } from "../support/errors";

const logoPng = () =>
  sharp({ create: { width: 96, height: 96, channels: 3, background: "#1d4ed8" } })
    .png()
    .toBuffer();

describe("first-run set-up on an empty installation", () => {
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  beforeAll(async () => {
    database = await migratedDatabase();
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("refuses a weak password, then creates the college, its logo and the first administrator, audited; a second use is refused", async () => {
    const prisma = database.prisma;
    expect(await needsSetup(prisma)).toBe(true);
    const institution = { name: "远山职业技术学院", shortName: "远山职院", city: "兰州", website: "https://yuanshan.example.edu.cn" };
    // The set-up token `npm start` prints (lib/institution/setup-token.ts).
    const setupToken = (await issueSetupToken(prisma))!;
    const weak = await outcome(
      completeSetup({
        prisma,
        setupToken,
        institution,
        admin: { username: "quality", displayName: "质量办", password: "short", passwordConfirm: "short" },
      }),
    );
    expect(weak).toBe("INVALID");
    expect(await prisma.institution.count()).toBe(0);

    const done = await completeSetup({
      prisma,
      setupToken,
      institution,
      logo: { bytes: await logoPng(), name: "logo.png" },
      admin: { username: "quality", displayName: "质量办", password: "Yuan-shan-2025!", passwordConfirm: "Yuan-shan-2025!" },
    });
    expect(done.administrator?.role).toBe("ADMIN");
    expect(await verifyPassword("Yuan-shan-2025!", done.administrator!.passwordHash)).toBe(true);
    const profile = await institutionProfile(prisma);
    expect(profile).toMatchObject({ name: "远山职业技术学院", city: "兰州" });
    expect(profile?.logoFileId).toBeTruthy();
    const row = await prisma.auditLog.findFirst({ where: { action: "SETUP" } });
    expect(row?.actorName).toBe("quality");

    expect(await outcome(completeSetup({ prisma, setupToken, institution: { name: "第二所学院" }, admin: {} }))).toBe("NOT_FOUND");
    expect(await prisma.institution.count()).toBe(1);
  });

  it("refuses a logo that is not an image", async () => {
    const admin = { id: "x", username: "quality", displayName: "质量办", role: "ADMIN" as const, departmentId: null };
    const real = await database.prisma.user.findUniqueOrThrow({ where: { username: "quality" } });
    const result = await outcome(
      updateInstitution({
        prisma: database.prisma,
        actor: { ...admin, id: real.id },
        input: { name: "远山职业技术学院" },
        logo: { bytes: new TextEncoder().encode("%PDF-1.4 not an image"), name: "logo.png" },
      }),
    );
    expect(result).toBe("INVALID");
  });

  it("takes a partial update from the API: one setting without the name, and the logo as base64 (SVG refused)", async () => {
    const prisma = database.prisma;
    const real = await prisma.user.findUniqueOrThrow({ where: { username: "quality" } });
    const actor = { id: real.id, username: "quality", displayName: "质量办", role: "ADMIN" as const, departmentId: null };
    const before = await institutionProfile(prisma);
    // One setting, no name: the rest stays as it is.
    const viaApi = async (body: Record<string, unknown>) => updateInstitution({ prisma, actor, ...institutionUpdateFromJson(body) });
    await viaApi({ legalRepresentative: "张三" });
    expect(await institutionProfile(prisma)).toMatchObject({
      name: before!.name,
      city: before!.city,
      website: before!.website,
      legalRepresentative: "张三",
      logoFileId: before!.logoFileId,
    });
    // The logo as a data: URL is stored (a new file), as the settings screen stores an upload.
    const png = await logoPng();
    await viaApi({ logo: `data:image/png;base64,${png.toString("base64")}`, logoName: "新校徽.png" });
    const withLogo = await institutionProfile(prisma);
    expect(withLogo!.logoFileId).toBeTruthy();
    expect(withLogo!.logoFileId).not.toBe(before!.logoFileId);
    expect((await prisma.storedFile.findUniqueOrThrow({ where: { id: withLogo!.logoFileId! } })).mimeType).toBe("image/png");
    // An SVG (text the sniffer does not take for an image) and broken base64 are refused, and nothing changes.
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>').toString("base64");
    expect(await outcome(viaApi({ logo: svg }))).toBe("INVALID");
    expect(await outcome(viaApi({ logo: "not base64 at all!" }))).toBe("INVALID");
    expect((await institutionProfile(prisma))!.logoFileId).toBe(withLogo!.logoFileId);
    // What GET answers, sent back, keeps it.
    await viaApi({ logo: `/files/${withLogo!.logoFileId}/web`, city: "天水" });
    expect(await institutionProfile(prisma)).toMatchObject({ logoFileId: withLogo!.logoFileId, city: "天水" });
    // null removes it.
    await viaApi({ logo: null });
    expect((await institutionProfile(prisma))!.logoFileId).toBeNull();
    // A name, when sent, is still checked.
    expect(await outcome(viaApi({ name: "" }))).toBe("INVALID");
  });
});

describe("departments and passwords", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  beforeAll(async () => {
    database = await demoDatabase();
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });
  const as = (name: string) => ({ actor: database.actors[name]!, prisma: database.prisma });

  it("admins create, rename, reorder and delete an empty department; staff may not", async () => {
    expect(await outcome(createDepartment({ ...as("staff-a"), input: { name: "新能源系" } }))).toBe("FORBIDDEN");
    const created = await createDepartment({ ...as("admin"), input: { name: "新能源系", shortName: "新能源" } });
    expect(await outcome(createDepartment({ ...as("admin"), input: { name: "新能源系" } }))).toBe("CONFLICT");
    await updateDepartment({ ...as("admin"), id: created.id, input: { name: "新能源与智能制造系" } });
    const last = (await listDepartments({ prisma: database.prisma })).at(-1);
    expect(last?.name).toBe("新能源与智能制造系");
    await moveDepartment({ ...as("admin"), id: created.id, direction: "up" });
    const order = (await listDepartments({ prisma: database.prisma })).map((d) => d.name);
    expect(order.indexOf("新能源与智能制造系")).toBe(order.length - 2);
    // A department with a user cannot be deleted (the user would lose their department).
    const user = await database.prisma.user.create({
      data: { username: "dept-user", displayName: "部门用户", role: "STAFF", departmentId: created.id },
    });
    expect(await outcome(deleteDepartment({ ...as("admin"), id: created.id }))).toBe("CONFLICT");
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).departmentId).toBe(created.id);
    await database.prisma.user.delete({ where: { id: user.id } });
    await deleteDepartment({ ...as("admin"), id: created.id });
    expect(await database.prisma.department.findUnique({ where: { id: created.id } })).toBeNull();
  });

  it("a department with records cannot be deleted; a deactivated one takes no new records and keeps its records", async () => {
    const departmentId = database.actors["staff-a"]!.departmentId!;
    expect(await outcome(deleteDepartment({ ...as("admin"), id: departmentId }))).toBe("CONFLICT");
    await setDepartmentActive({ ...as("admin"), id: departmentId, active: false });
    expect(await outcome(assertDepartmentOpen(departmentId, database.prisma))).toBe("CONFLICT");
    expect((await listDepartments({ prisma: database.prisma })).map((d) => d.id)).not.toContain(departmentId);
    expect((await listDepartments({ prisma: database.prisma, includeInactive: true })).map((d) => d.id)).toContain(departmentId);
    await setDepartmentActive({ ...as("admin"), id: departmentId, active: true });
    expect(await outcome(assertDepartmentOpen(departmentId, database.prisma))).toBe("OK");
  });

  it("every user changes their own password, proving the current one", async () => {
    const staff = as("staff-b");
    expect(await outcome(changeOwnPassword({ ...staff, current: "wrong", next: "Better-pass-2025", confirm: "Better-pass-2025" }))).toBe(
      "INVALID",
    );
    expect(await outcome(changeOwnPassword({ ...staff, current: "demo-2022", next: "weakweakweak", confirm: "weakweakweak" }))).toBe(
      "INVALID",
    );
    expect(
      await outcome(changeOwnPassword({ ...staff, current: "demo-2022", next: "Better-pass-2025", confirm: "Better-pass-2026" })),
    ).toBe("INVALID");
    await changeOwnPassword({ ...staff, current: "demo-2022", next: "Better-pass-2025", confirm: "Better-pass-2025" });
    const user = await database.prisma.user.findUniqueOrThrow({ where: { username: "staff-b" } });
    expect(await verifyPassword("Better-pass-2025", user.passwordHash)).toBe(true);
    expect(await database.prisma.auditLog.count({ where: { action: "PASSWORD_CHANGE", entityId: user.id } })).toBe(1);
  });
});
