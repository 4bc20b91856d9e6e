// Text as a reader reads it, for comparing what is shown with what is expected: any space is a
// space, any apostrophe the same, a ligature its letters (Firefox's PDFs write « ﬁ »), case
// aside. Shared by the browser tests and the Node print test.

/** @param {string} text */
export function lisible(text) {
  return text
    .replace(/[\ufb00-\ufb06]/g, (ligature) => ligature.normalize('NFKC'))
    .replace(/[\s\u202f\u00a0]+/g, ' ')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .trim();
}
