import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { PATH_HEADER, SEARCH_HEADER } from "../http/request-path";
import { ANONYMOUS, collegeForHeader, readerOf, type Chrome } from "./reader";

/**
 * The frame of a React page (app/layout.tsx, components/ui/SiteHeader): the same reader and college
 * as the public report's static pages (lib/web/reader.ts), read from this request's headers. Once
 * per request, however many parts of the frame ask.
 */
export const pageFrame = cache(async (): Promise<Chrome> => {
  const request = await headers();
  const [reader, college] = await Promise.all([
    // A database hiccup while naming the reader leaves the header anonymous rather than failing the page.
    readerOf(request).catch(() => null),
    collegeForHeader({ fresh: true }),
  ]);
  // The language switch returns to this very page (an admin page, a filtered list), not the home page.
  const path = request.get(PATH_HEADER);
  return { college, reader: reader ?? ANONYMOUS, back: path ? `${path}${request.get(SEARCH_HEADER) ?? ""}` : null };
});
