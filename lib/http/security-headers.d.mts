export declare const EVERY_ROUTE: { key: string; value: string }[];
export declare const FILE_CSP: string;
export declare const HSTS: string;
