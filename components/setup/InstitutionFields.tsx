"use client";

import { useMessages } from "@/components/i18n/LangProvider";
import { Field } from "@/components/ui/Field";
import { college } from "@/lib/i18n/messages/college";

export type InstitutionValues = {
  name?: string | null;
  shortName?: string | null;
  city?: string | null;
  region?: string | null;
  website?: string | null;
};

/** The college's details, shared by first-run set-up and the college settings. */
export function InstitutionFields({ values, errors }: { values: InstitutionValues; errors?: Record<string, string[]> }) {
  const t = useMessages(college);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field name="name" label={t.collegeName} required defaultValue={values.name ?? ""} errors={errors} maxLength={100} />
      <Field name="shortName" label={t.shortName} defaultValue={values.shortName ?? ""} errors={errors} maxLength={30} />
      <Field name="city" label={t.city} defaultValue={values.city ?? ""} errors={errors} maxLength={50} />
      <Field name="region" label={t.region} defaultValue={values.region ?? ""} errors={errors} maxLength={20} hint={t.regionHint} />
      <Field name="website" label={t.website} type="url" placeholder="https://" defaultValue={values.website ?? ""} errors={errors} />
      <Field name="logo" label={t.logo} type="file" accept="image/png,image/jpeg,image/webp" errors={errors} hint={t.logoHint} />
    </div>
  );
}
