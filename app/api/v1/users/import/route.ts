import { peopleApiImportRoute } from "@/lib/import/people/routes";

/** POST multipart file (+ commit=true): preview, or import every row or none (admins). */
export const POST = peopleApiImportRoute("users");
