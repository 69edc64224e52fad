import { peopleUploadRoute } from "@/lib/import/people/routes";

/** POST multipart (file): keeps the upload server-side and answers with the preview's address. */
export const POST = peopleUploadRoute("departments");
