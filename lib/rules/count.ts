// The count lives with the other text helpers (lib/text.ts), below the records whose case text it limits.
export { countChars } from "../text";
