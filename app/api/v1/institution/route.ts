import { apiRoute, jsonBody, type ApiContext } from "@/lib/api/handler";
import { limitedFormData } from "@/lib/api/limited-body";
import { authorize } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { maxUploadBytes } from "@/lib/files/sniff";
import { bi } from "@/lib/i18n/bilingual";
import { institutionUpdateFromForm, institutionUpdateFromJson } from "@/lib/institution/api-input";
import { institutionProfile, updateInstitution } from "@/lib/institution/service";
import { DEFAULT_DECLARATION } from "@/lib/report/model/declaration";

const present = (i: {
  name: string;
  shortName: string | null;
  city: string | null;
  region: string | null;
  code: string | null;
  collegeType: string | null;
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
  // 学校标识码 and 办学类型: named in the submission package (lib/package).
  code: i.code,
  collegeType: i.collegeType,
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
 * PUT or PATCH (admins), a partial update: any of { name, shortName, city, region, website,
 * departmentReview, leaderSignoff, legalRepresentative, accountContact, declarationText, logo, logoName }; what is
 * left out stays. `logo`: the image as base64 or a data: URL (JPEG, PNG or WebP, as in 学校设置), null
 * removes it. Or multipart/form-data with the same fields and the file `logo` (`removeLogo=true`).
 */
async function update({ request, actor, ip }: ApiContext<unknown>) {
  authorize(actor, "institution.manage"); // before reading a body that may hold an image
  const multipart = (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
  const { input, logo, removeLogo } = multipart
    ? await institutionUpdateFromForm(await limitedFormData(request, maxUploadBytes()))
    : // A base64 logo is a third larger than the image the upload limit allows.
      institutionUpdateFromJson(await jsonBody(request, { maxBytes: Math.ceil(maxUploadBytes() / 3) * 4 + 64 * 1024 }));
  return present(await updateInstitution({ actor, ip, input, logo, removeLogo }));
}

export const PUT = apiRoute(update);
export const PATCH = apiRoute(update);
