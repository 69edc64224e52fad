/** The request's path, set by the proxy (proxy.ts) for the root layout and guards; layouts are not told the path otherwise. */
export const PATH_HEADER = "x-nianbao-path";
/** The request's query string, so the language switch in the header returns to exactly this page. */
export const SEARCH_HEADER = "x-nianbao-search";
