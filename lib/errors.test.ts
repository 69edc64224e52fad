import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, invalidInput } from "./errors";

describe("invalidInput", () => {
  it("turns a zod error into an INVALID AppError with every message under its field path", () => {
    const schema = z.object({
      name: z.string().min(1, "名称必须填写（name is required）"),
      prizes: z.array(z.object({ count: z.number().min(0, "不能为负数") })),
    });
    const parsed = schema.safeParse({ name: "", prizes: [{ count: -1 }] });
    const error = invalidInput(parsed.error!);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("INVALID");
    expect(error.status).toBe(400);
    expect(error.message).toBe("名称必须填写（name is required）");
    expect(error.fieldErrors).toEqual({ name: ["名称必须填写（name is required）"], "prizes.0.count": ["不能为负数"] });
  });
});
