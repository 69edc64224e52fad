import { z } from "zod";
import { bi } from "../i18n/bilingual";

/** 已报送: how and to whom the package was handed in (the form and POST …/package/sent parse this). */
export const ZPackageSent = z.object({
  note: z
    .string({ error: bi("请填写报送说明", "a note is required") })
    .trim()
    .min(1, bi("请填写报送说明（如：通过省平台报送省教育厅）", "say how and to whom it was submitted"))
    .max(500, bi("报送说明不能超过500个字符", "the note must be at most 500 characters")),
});
