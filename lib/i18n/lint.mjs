// The lint rule that keeps user-facing words in the message catalogue (lib/i18n/catalogue.ts): a
// Chinese literal, JSX text or template part in a page or component is refused. Shared by
// eslint.config.mjs and tests/integration/i18n-catalogue.test.ts (which shows it refusing one).
const CJK = "/[\\u3400-\\u9fff\\uff00-\\uffef\\u3000-\\u303f]/";
const message = "页面和组件的文字放进 lib/i18n/messages 的目录（user-facing text belongs in the message catalogue）";

export const CATALOGUE_ONLY_RULE = [
  "error",
  { selector: `Literal[value=${CJK}]`, message },
  { selector: `JSXText[value=${CJK}]`, message },
  { selector: `TemplateElement[value.raw=${CJK}]`, message },
];
