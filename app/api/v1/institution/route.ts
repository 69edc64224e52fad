import { apiRoute, jsonBody } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { bi } from "@/lib/i18n/bilingual";
import { institutionProfile, updateInstitution } from "@/lib/institution/service";
import { DEFAULT_DECLARATION } from "@/lib/report/declaration";

const present = (i: {
  name: string;
  shortName: string | null;
  city: string | null;
  region: string | null;
  website: string | null;
  logoFileId: string | null;
  departmentReview: boolean;
  leaderSignoff: boolean;
  legalRepresentative: string | null;
  declarationText: string | null;
  accountContact: string | null;
}) => ({
  name: i.name,
  shortName: i.shortName,
  city: i.city,
  region: i.region,
  website: i.website,
  logo: i.logoFileId ? `/files/${i.logoFileId}/web` : null,
  // How the college signs its report off; the declaration is printed in the public report anyway.
  departmentReview: i.departmentReview,
  leaderSignoff: i.leaderSignoff,
  legalRepresentative: i.legalRepresentative,
  declarationText: i.declarationText ?? DEFAULT_DECLARATION,
  accountContact: i.accountContact,
});

/** GET: the college's public details. */
export const GET = apiRoute(async () => {
  const college = await institutionProfile();
  if (!college) throw new AppError("NOT_FOUND", bi("尚未完成初始设置", "the installation is not set up yet"));
  return present(college);
});

/**
 * PUT { name, shortName?, city?, region?, website?, departmentReview?, leaderSignoff?, legalRepresentative?, accountContact?,
 * declarationText? } (admins; the sign-off settings left out stay as they are). The logo is changed in 学校设置.
 */
export const PUT = apiRoute(async ({ request, actor, ip }) =>
  present(await updateInstitution({ actor, ip, input: await jsonBody(request) })),
);
