import { AppError } from "../../lib/errors";

/** "OK", or the AppError code a domain call was refused with (anything else is rethrown). */
export async function outcome(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "OK";
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
}
