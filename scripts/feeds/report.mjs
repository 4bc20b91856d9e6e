// What the build did with each programme's rows, printed by npm run feeds: rows read, distinct
// places, placed, not placed (with the reason and the row), duplicates merged, places renamed,
// rows placed through a code that changed. A reader checks the feeds against the sources with it.
export class Rapport {
  constructor(programme, fichier) {
    this.programme = programme;
    this.fichier = fichier;
    this.lignes = 0;
    this.lieux = 0;
    this.places = 0;
    this.nonPlacees = [];
    this.doublons = [];
    this.renommes = [];
    this.replacees = [];
    this.notes = [];
  }

  nonPlacee(raison, ligne) {
    this.nonPlacees.push({ raison, ligne });
  }

  doublon(texte) {
    this.doublons.push(texte);
  }

  renomme(de, vers) {
    if (de.trim() !== vers) this.renommes.push(`« ${de.trim()} » → « ${vers} »`);
  }

  replacee(texte) {
    this.replacees.push(texte);
  }

  note(texte) {
    this.notes.push(texte);
  }

  /** One line of figures, then (unless quiet) every row not placed and every change, one a line. */
  lignesDuRapport(detail) {
    const tete =
      `${this.programme} (${this.fichier}) : ${this.lignes} lignes lues, ${this.lieux} lieux distincts, ` +
      `${this.places} placés, ${this.nonPlacees.length} lignes non placées, ${this.doublons.length} doublons fusionnés, ` +
      `${this.renommes.length} renommés (nom du COG), ${this.replacees.length} placées par un ancien code`;
    if (!detail) return [tete];
    const raisons = new Map();
    for (const { raison } of this.nonPlacees) raisons.set(raison, (raisons.get(raison) ?? 0) + 1);
    return [
      tete,
      ...this.notes.map((n) => `  note — ${n}`),
      ...this.nonPlacees.map((r) => `  non placée — ${this.fichier} : ${r.raison} : ${JSON.stringify(r.ligne)}`),
      ...this.doublons.map((d) => `  doublon — ${d}`),
      ...this.renommes.map((r) => `  renommé — ${r}`),
      ...this.replacees.map((r) => `  ancien code — ${r}`),
    ];
  }
}
