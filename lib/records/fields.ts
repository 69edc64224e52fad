import type { FieldSpec } from "./declare";
import { RECORD_KINDS } from "./kinds";
import { formText } from "../text";

/**
 * Form fields per record kind, derived from each kind's declaration (lib/records/kinds.ts), and
 * how FormData becomes the object the kind's zod schema parses. The schema stays the single
 * judge of validity.
 */
export type { FieldSpec, FormType as FieldType } from "./declare";

export const FIELDS: Record<string, FieldSpec[]> = Object.fromEntries(RECORD_KINDS.map((k) => [k.slug, k.form]));

/** FormData → the plain object a kind's zod schema parses (empty inputs become undefined). */
export function formToInput(fields: FieldSpec[], form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.type === "prizes") {
      const prizes: Record<string, unknown>[] = [];
      for (let i = 0; i < 20; i++) {
        const prize = formText(form, `prizes.${i}.prize`).trim();
        const count = formText(form, `prizes.${i}.count`).trim();
        const unit = formText(form, `prizes.${i}.unit`).trim();
        if (prize || count) prizes.push({ prize, ...(count ? { count } : {}), ...(unit ? { unit } : {}) });
      }
      out.prizes = prizes;
      continue;
    }
    const raw = form.get(field.name);
    if (field.type === "checkbox") {
      out[field.name] = raw === "on" || raw === "true";
      continue;
    }
    const value = typeof raw === "string" ? raw.trim() : "";
    if (field.type === "list")
      out[field.name] = value
        .split(/[\n、,，;；]+/)
        .map((s) => s.trim())
        .filter(Boolean);
    else if (value !== "") out[field.name] = value;
  }
  return out;
}
