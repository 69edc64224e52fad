// exceljs 4's typings lag its code; these two additions say what it does, so no call needs a cast.
import "exceljs";

declare module "exceljs" {
  interface Xlsx {
    /** Its d.ts declares its own `Buffer` (an ArrayBuffer); the code reads a Node Buffer or any Uint8Array (JSZip). */
    load(data: Uint8Array, options?: Partial<XlsxReadOptions>): Promise<Workbook>;
  }
  interface Worksheet {
    /** Implemented by exceljs 4 (worksheet.dataValidations), missing from its d.ts. */
    readonly dataValidations: { add(address: string, validation: DataValidation): void };
  }
}
