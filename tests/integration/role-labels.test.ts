import { describe, expect, it } from "vitest";
import { ENUM_LABELS } from "../../lib/records/labels";
import { ROLE_LABELS, ROLES } from "../../lib/users/roles";

// The user forms name roles from lib/users/roles (so the browser need not load every record enum); the
// enum labels of lists and badges must say the same, in both languages.
describe("role names", () => {
  it("are the same in the user forms and in the enum labels, Chinese and English, for every role", () => {
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) expect(ENUM_LABELS[role], role).toEqual(ROLE_LABELS[role]);
  });
});
