import { peopleTemplateRoute } from "@/lib/import/people/routes";

/** GET: the .xlsx import template. */
export const GET = peopleTemplateRoute("departments");
