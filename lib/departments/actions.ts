"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/wrap";
import { createDepartment, deleteDepartment, moveDepartment, setDepartmentActive, updateDepartment } from "./service";
import { formText } from "../text";

const input = (form: FormData) => ({
  name: form.get("name"),
  shortName: form.get("shortName") ?? "",
  code: (form.get("code") as string | null) || undefined,
});

export async function createDepartmentAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const result = await runAction(form, ({ actor, ip }) => createDepartment({ actor, ip, input: input(form) }));
  if (!result.ok) return result;
  revalidatePath("/admin/departments");
  return { ok: true, message: "已创建（created）" };
}

/** One row's buttons: save (rename), up, down, deactivate/activate, delete. */
export async function editDepartmentAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const id = formText(form, "id");
  const op = formText(form, "_op", "save");
  const result = await runAction(form, async ({ actor, ip }) => {
    switch (op) {
      case "up":
      case "down":
        await moveDepartment({ actor, ip, id, direction: op });
        break;
      case "deactivate":
      case "activate":
        await setDepartmentActive({ actor, ip, id, active: op === "activate" });
        break;
      case "delete":
        await deleteDepartment({ actor, ip, id });
        break;
      default:
        await updateDepartment({ actor, ip, id, input: input(form) });
    }
  });
  if (!result.ok) return result;
  revalidatePath("/admin/departments");
  return {
    ok: true,
    message: { up: "已上移", down: "已下移", deactivate: "已停用", activate: "已启用", delete: "已删除" }[op] ?? "已保存（saved）",
  };
}
