import { redirect } from "next/navigation";
import { pageActor } from "@/lib/admin/guard";

/** Everyone lands on 待办 after signing in: what waits for them, each item linking to where it is done. */
export default async function AdminHome() {
  await pageActor();
  redirect("/admin/todo");
}
