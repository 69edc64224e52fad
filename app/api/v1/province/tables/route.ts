import { apiRoute } from "@/lib/api/handler";
import { provinceTablesJson } from "@/lib/province/tables-json";

/**
 * GET ?year=2024&group=all|type|city (the province's office, admins, leaders): the six indicator
 * tables aggregated over the colleges' current packages, each row's this-year and last-year figure
 * (value, printed text, numerator, denominator) per group. 400 for a bad year or group; 404 in a
 * college's installation.
 */
export const GET = apiRoute(
  async ({ request, actor }) => provinceTablesJson({ actor, query: Object.fromEntries(request.nextUrl.searchParams) }),
  { allow: "province.read" },
);
