import { Field } from "@/components/ui/Field";

export type InstitutionValues = {
  name?: string | null;
  shortName?: string | null;
  city?: string | null;
  region?: string | null;
  website?: string | null;
};

/** The college's details, shared by first-run set-up and 学校设置. */
export function InstitutionFields({ values, errors }: { values: InstitutionValues; errors?: Record<string, string[]> }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field name="name" zh="学校名称" en="College name" required defaultValue={values.name ?? ""} errors={errors} maxLength={100} />
      <Field name="shortName" zh="简称" en="Short name" defaultValue={values.shortName ?? ""} errors={errors} maxLength={30} />
      <Field name="city" zh="所在城市" en="City" defaultValue={values.city ?? ""} errors={errors} maxLength={50} />
      <Field
        name="region"
        zh="服务地区"
        en="Region"
        defaultValue={values.region ?? ""}
        errors={errors}
        maxLength={20}
        hint="如「京津冀」，用于指标表「京津冀地区就业比例」一行；不填则写作「本地区就业比例」"
      />
      <Field
        name="website"
        zh="学校网址"
        en="Website"
        type="url"
        placeholder="https://"
        defaultValue={values.website ?? ""}
        errors={errors}
      />
      <Field
        name="logo"
        zh="校徽/标志"
        en="Logo"
        type="file"
        accept="image/png,image/jpeg,image/webp"
        errors={errors}
        hint="PNG、JPEG 或 WebP，印在报告封面、网站页眉和PDF上"
      />
    </div>
  );
}
