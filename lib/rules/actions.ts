"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/wrap";
import { AppError } from "../errors";
import { bi } from "../i18n/bilingual";
import { formText } from "../text";
import { RULE_PACK_FORMAT, RULE_PACK_MAX_BYTES, RULE_PACK_VERSION, rulePackTooLarge } from "./pack";
import { parseJsonText } from "./json-text";
import { importRulePack, updateRulePack } from "./store";

/** Import a pack file chosen on /admin/rule-packs. A refused file changes nothing. */
export async function importRulePackAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const result = await runAction(form, async ({ actor, ip }) => {
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0)
      throw new AppError("INVALID", bi("请选择规则包文件（.json）", "choose a rule pack file (.json)"), {
        file: [bi("请选择文件", "choose a file")],
      });
    if (file.size > RULE_PACK_MAX_BYTES) throw rulePackTooLarge();
    const input = parseJsonText(await file.text(), { zh: "所选文件", en: "The chosen file" }, "file");
    return importRulePack({ actor, ip, input, replace: form.get("replace") === "on" });
  });
  if (!result.ok || !result.data) return result;
  revalidatePath("/admin/rule-packs");
  const { pack, replaced } = result.data;
  return {
    ok: true,
    message: `已${replaced ? "覆盖" : "导入"}规则包“${pack.name}”（键 ${pack.key}）${replaced ? "（replaced）" : "（imported）"}`,
  };
}

/** Save the edit form: name and length rules from fields, the rest of the structure from its JSON text. */
export async function saveRulePackAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const key = formText(form, "key");
  const result = await runAction(form, async ({ actor, ip }) => {
    const text = formText(form, "structure");
    if (Buffer.byteLength(text) > RULE_PACK_MAX_BYTES) throw rulePackTooLarge();
    const structure = parseJsonText(text, { zh: "结构（JSON）", en: "The structure (JSON)" }, "structure");
    if (!structure || typeof structure !== "object" || Array.isArray(structure))
      throw new AppError(
        "INVALID",
        bi("结构应为 JSON 对象 { outline, indicatorTables, requiredParts, checks }", "the structure must be a JSON object"),
        {
          structure: [bi("应为 JSON 对象", "must be a JSON object")],
        },
      );
    const num = (name: string) => {
      const v = formText(form, name).trim();
      return v === "" ? undefined : Number(v);
    };
    const input = {
      ...structure,
      format: RULE_PACK_FORMAT,
      version: RULE_PACK_VERSION,
      key,
      name: formText(form, "name"),
      lengthRules: { mainText: { min: num("mainMin"), max: num("mainMax") }, caseMax: num("caseMax") },
    };
    return updateRulePack({ actor, ip, key, input });
  });
  if (!result.ok) return result;
  revalidatePath("/admin/rule-packs");
  revalidatePath(`/admin/rule-packs/${key}`);
  return { ok: true, message: "已保存（saved）" };
}
