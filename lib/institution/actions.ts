"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionResult } from "../actions/result";
import { runAction, runPublicAction } from "../actions/wrap";
import { clientIp } from "../auth/options";
import { completeSetup, updateInstitution, type Upload } from "./service";

async function optionalUpload(form: FormData, name: string): Promise<Upload | null> {
  const file = form.get(name);
  if (!(file instanceof File) || file.size === 0) return null;
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
}

const institutionInput = (form: FormData) => ({
  name: form.get("name"),
  shortName: form.get("shortName") ?? "",
  city: form.get("city") ?? "",
  region: form.get("region") ?? "",
  code: form.get("code") ?? "",
  collegeType: form.get("collegeType") ?? "",
  website: form.get("website") ?? "",
});

/** First-run set-up: nobody is signed in yet, so this is the one public write (refused once done). */
export async function setupAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const result = await runPublicAction(form, async () =>
    completeSetup({
      institution: institutionInput(form),
      logo: await optionalUpload(form, "logo"),
      ip: clientIp(await headers()),
      setupToken: form.get("setupToken"),
      kind: form.get("kind") ?? "COLLEGE",
      admin: {
        username: form.get("username"),
        displayName: form.get("displayName"),
        password: form.get("password"),
        passwordConfirm: form.get("passwordConfirm"),
      },
    }),
  );
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  // An education department starts with its colleges register, a college with its departments.
  const first =
    result.data?.institution.kind !== "PROVINCE" && result.data?.institution.kind !== "CITY" ? "/admin/departments" : "/admin/colleges";
  redirect(`/login?callbackUrl=${first}&setup=1`);
}

export async function updateInstitutionAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const result = await runAction(form, async ({ actor, ip }) =>
    updateInstitution({
      actor,
      ip,
      input: {
        ...institutionInput(form),
        departmentReview: form.get("departmentReview") === "on",
        leaderSignoff: form.get("leaderSignoff") === "on",
        legalRepresentative: form.get("legalRepresentative") ?? "",
        declarationText: form.get("declarationText") ?? "",
        accountContact: form.get("accountContact") ?? "",
      },
      logo: await optionalUpload(form, "logo"),
      removeLogo: form.get("removeLogo") === "on",
    }),
  );
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  return { ok: true, message: "已保存（saved）" };
}
