// Text out of loosely typed values: form fields, record columns, spreadsheet cells.

/** A text field of a submitted form: its string value, or `fallback` when it is absent (or a file). */
export function formText(form: FormData, name: string, fallback = ""): string {
  const value = form.get(name);
  return typeof value === "string" ? value : fallback;
}

/**
 * What String() prints for a value read from a record or a cell. Those values are strings, numbers,
 * booleans, Prisma Decimals and Dates, which all print themselves; this is the one place that says so.
 */
export function printed(value: unknown): string {
  return String(value);
}
