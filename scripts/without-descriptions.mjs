// A rollup plugin for the browser bundles. The schema's French descriptions serve the published
// JSON Schema (built from dist/data.js, which keeps them) and editors; a browser shows none of
// them, so the browser bundles drop them. Every description is a single-quoted literal given
// to one of the calls below, in src/data/schema.ts or a schema-*.ts beside it; the build fails if
// one is not, rather than ship it unnoticed.
const DESCRIPTIONS = /\b(v\.description|texte|nombre|positif|etapeSaisine|millesime)\(\s*'((?:[^'\\]|\\.)*)'\s*,?\s*\)/g;
export const withoutDescriptions = {
  name: 'without-descriptions',
  transform(code, id) {
    if (!/src\/data\/schema(?:-[a-z]+)?\.ts$/.test(id)) return null;
    const stripped = code.replace(DESCRIPTIONS, "$1('')");
    if (/\b(v\.description|texte|nombre|positif|etapeSaisine|millesime)\(\s*['"`][^'"`]/.test(stripped)) {
      this.error(`${id}: a description is not a plain literal; the browser build cannot drop it`);
    }
    return { code: stripped, map: null };
  },
};
