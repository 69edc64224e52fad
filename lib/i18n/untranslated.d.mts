export declare const UNTRANSLATED: string[];
