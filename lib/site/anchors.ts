/**
 * The id of a chapter ("ch") or section ("sec") on the report's pages, from its outline key: the
 * report engine prints it (lib/report/engine), and writing tasks and to-do items link to it.
 */
export const anchorOf = (prefix: "ch" | "sec", key: string) => `${prefix}-${key.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
