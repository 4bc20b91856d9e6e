/**
 * The fibre table's blocks, as templates of what src/data/fibre/fibre.ts computes: the deployment
 * (raccordables, Arcep's observatory) in sentences, a chart and a table; the eligibility
 * (éligibles, Arcep's 2024 statistics) per technology, for the département and a commune. The
 * two measures are written apart, each with its source and date, and the page says in plain
 * words that they are not the same. Kept out of the element's class so that it stays short.
 */
import { html, nothing } from 'lit';
import {
  finDeTrimestre,
  partsEligibilite,
  type ChiffresDeploiement,
  type ComptesEligibilite,
  type VueFibreCommune,
} from '../data/fibre/fibre.js';
import { capitaliser, formatDate, formatNombre, formatPart, formatSource } from '../data/text/format.js';
import type { DeploiementFibre, EligibiliteFibre } from '../data/feed/schema.js';
import { seriesLine } from '../charts/series-line.js';
import { bdi, renderSource } from './feed-text.js';

/** A heading below the element's own, at `depth`. */
export type Titre = (depth: number, texte: unknown) => unknown;

export type Affichage = 'graphique' | 'tableau';

const RACCORDABLE =
  'Un local (logement, commerce, bureau…) est raccordable quand la fibre arrive tout près, dans la rue ou l’immeuble : il reste à tirer le câble jusqu’à lui pour s’abonner.';
const ELIGIBLE = 'Un local est éligible à une technologie quand au moins un opérateur peut y vendre un abonnement internet par celle-ci.';

/** The trend of the series in one sentence: the chart's text alternative. */
export function phraseTendance(chiffres: ChiffresDeploiement, territoire: string | undefined): string {
  const { premier, dernier, sens, facteur } = chiffres.tendance;
  const ou = territoire ? ` (${territoire})` : '';
  const de = `de ${formatNombre(premier.locauxRaccordables)} ${finDeTrimestre(premier.trimestre)} à ${formatNombre(dernier.locauxRaccordables)} ${finDeTrimestre(dernier.trimestre)}`;
  if (sens === 'stable')
    return `Locaux raccordables à la fibre optique${ou} : stables, ${formatNombre(dernier.locauxRaccordables)} de ${finDeTrimestre(premier.trimestre)} à ${finDeTrimestre(dernier.trimestre)}.`;
  const fois = sens === 'hausse' && facteur >= 2 ? `, ${formatNombre(Math.round(facteur))} fois plus` : '';
  return `Locaux raccordables à la fibre optique${ou}, en ${sens} : ${de}${fois}.`;
}

/** The deployment: the latest figures in sentences, then the series as a chart or a table. */
export function renderDeploiement(
  deploiement: DeploiementFibre,
  { chiffres, csv }: { chiffres: ChiffresDeploiement; csv: string },
  territoire: string | undefined,
  code: string | undefined,
  titre: Titre,
  affichage: Affichage,
  choisir: (a: Affichage) => void,
) {
  const { dernier, estimation, part } = chiffres;
  const ou = territoire ? html` : ${bdi(territoire)}` : nothing;
  const graduer = (t: string) => (t.endsWith('-T1') ? t.slice(0, 4) : undefined);
  const bouton = (a: Affichage, texte: string) =>
    html`<button type="button" aria-pressed=${affichage === a ? 'true' : 'false'} @click=${() => choisir(a)}>${texte}</button>`;
  return html`<section class="deploiement" part="deploiement">
    ${titre(1, 'Le déploiement de la fibre optique')}
    <p>
      ${capitaliser(finDeTrimestre(dernier.trimestre))}, <strong>${formatNombre(dernier.locauxRaccordables)}</strong> locaux du département
      étaient <em>raccordables</em> à la fibre
      optique${
        estimation
          ? html`, sur environ <strong>${formatNombre(estimation.valeur)}</strong> locaux en tout : <strong>${formatPart(part)}</strong>`
          : nothing
      }.
    </p>
    <p class="mention">${deploiement.definition ? bdi(deploiement.definition) : RACCORDABLE}</p>
    <p class="mention" part="source">
      Source :
      ${renderSource(deploiement.source)}${estimation ? html` ; nombre de locaux estimé au ${formatDate(estimation.date)}` : nothing}.
    </p>
    <div class="switch screen-only" part="switch" role="group" aria-label="Affichage de l’évolution">
      ${bouton('graphique', 'Graphique')} ${bouton('tableau', 'Tableau')}
    </div>
    <figure class="serie ${affichage === 'graphique' ? '' : 'masque'}">
      ${seriesLine(
        deploiement.trimestres.map((t) => ({ libelle: t.trimestre, valeur: t.locauxRaccordables })),
        { label: phraseTendance(chiffres, territoire), format: formatNombre, graduer },
      )}
    </figure>
    <div class="table-wrapper serie ${affichage === 'tableau' ? '' : 'masque'}">
      <table part="table">
        <caption part="caption">
          Locaux raccordables à la fibre optique (FttH) à la fin de chaque trimestre${ou}
        </caption>
        <thead>
          <tr>
            <th scope="col">Trimestre</th>
            <th scope="col">Locaux raccordables</th>
          </tr>
        </thead>
        <tbody>
          ${deploiement.trimestres.map(
            (t) =>
              html`<tr>
                <th scope="row">${capitaliser(finDeTrimestre(t.trimestre))}</th>
                <td><span class="count">${formatNombre(t.locauxRaccordables)}</span></td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <a class="download screen-only" part="download" href=${csv} download="fibre-deploiement-${code ?? 'territoire'}.csv">
      Télécharger les chiffres trimestre par trimestre (CSV)
    </a>
  </section>`;
}

/** What a page without the quarterly series says instead: what is missing, and from which source. */
export function renderSansDeploiement(territoire: string | undefined, titre: Titre) {
  return html`${titre(1, 'Le déploiement de la fibre optique')}
    <p class="manque" part="missing">
      L’évolution du déploiement de la fibre trimestre par trimestre n’est pas
      disponible${territoire ? html` pour ${bdi(territoire)}` : nothing} : l’observatoire des déploiements de l’Arcep ne la publie,
      département par département, que pour la métropole.
    </p>`;
}

/** The share eligible to fibre, in one sentence: "87 % des 73 058 locaux…". */
function phraseFibre(comptes: ComptesEligibilite) {
  const fibre = partsEligibilite(comptes)[0]!;
  return html`<strong>${formatPart(fibre.part)}</strong> des ${formatNombre(comptes.locaux)} locaux`;
}

/**
 * The eligibility per technology as a table: one column per territory (the commune, then the
 * département), each cell the share and the count.
 */
function tableEligibilite(colonnes: { nom: unknown; comptes: ComptesEligibilite }[], caption: unknown) {
  const parts = colonnes.map((c) => partsEligibilite(c.comptes));
  return html`<div class="table-wrapper">
    <table part="table">
      <caption part="caption">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">Technologie</th>
          ${colonnes.map((c) => html`<th scope="col">${c.nom} <span class="mention">(${formatNombre(c.comptes.locaux)} locaux)</span></th>`)}
        </tr>
      </thead>
      <tbody>
        ${parts[0]!.map(
          (ligne, i) =>
            html`<tr>
              <th scope="row">${ligne.nom}</th>
              ${parts.map(
                (p) =>
                  html`<td>
                    <span class="share">${formatPart(p[i]!.part)}</span>
                    <span class="count">(${formatNombre(p[i]!.eligibles)})</span>
                  </td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

const SOURCE_ELIGIBILITE = (e: EligibiliteFibre) => html`<p class="mention" part="source">Source : ${renderSource(e.source)}.</p>`;

/** The département's eligibility: a sentence, the table, and why it differs from the deployment. */
export function renderEligibilite(
  eligibilite: EligibiliteFibre,
  territoire: string | undefined,
  titre: Titre,
  avecDeploiement: boolean,
  avecTableau: boolean,
) {
  const nom = territoire ? bdi(territoire) : 'Département';
  return html`<section class="eligibilite" part="eligibilite">
    ${titre(1, avecTableau ? 'Les locaux éligibles à internet, par technologie' : 'Les locaux éligibles à la fibre optique dans le département')}
    <p>
      ${annee(eligibilite) ? `En ${annee(eligibilite)}, ` : ''}${phraseFibre(eligibilite.departement)} du département étaient
      <em>éligibles</em> à la fibre optique.
    </p>
    ${avecTableau ? html`<p class="mention">${eligibilite.definition ? bdi(eligibilite.definition) : ELIGIBLE}</p>` : nothing}
    ${avecDeploiement ? html`<p class="mention" part="difference">${DIFFERENCE}</p>` : nothing}
    ${
      avecTableau
        ? html`${tableEligibilite(
              [{ nom, comptes: eligibilite.departement }],
              html`Locaux éligibles à internet${enAnnee(eligibilite)}, par technologie${territoire ? html` : ${bdi(territoire)}` : nothing}`,
            )}
            <p class="mention">${PLUSIEURS}</p>`
        : nothing
    }
    ${SOURCE_ELIGIBILITE(eligibilite)}
  </section>`;
}

const PLUSIEURS = 'Un même local peut être éligible à plusieurs technologies : les pourcentages ne s’additionnent pas.';

const DIFFERENCE =
  'Raccordable et éligible sont deux mesures différentes, faites à des dates différentes. La première suit les travaux de déploiement de la fibre ; la seconde, les offres d’abonnement qu’on peut souscrire. Leurs chiffres ne se comparent pas directement.';

/** The year of the eligibility statistics, as the source dates them; none when it does not. */
function annee(eligibilite: EligibiliteFibre): string | undefined {
  return eligibilite.source.date?.slice(0, 4);
}

/** " en 2024", or nothing for a source without a date. */
const enAnnee = (eligibilite: EligibiliteFibre) => (annee(eligibilite) ? ` en ${annee(eligibilite)}` : '');

/** One commune: its eligibility beside the département's, or a sentence saying what is missing and from where. */
export function renderCommune(
  vue: Extract<VueFibreCommune, { statut: 'trouvee' }>,
  eligibilite: EligibiliteFibre | undefined,
  territoire: string | undefined,
  titre: Titre,
) {
  const ici = vue.ville ?? vue;
  const comptes = vue.comptes;
  return html`<section class="commune" part="commune">
    ${titre(1, html`L’accès à internet : ${bdi(vue.nom)}`)} ${vue.notes.map((n) => html`<p class="lead" part="lead">${n}</p>`)}
    ${
      vue.ville
        ? html`<p class="lead" part="lead">
            ${bdi(vue.nom)} est un arrondissement de ${bdi(vue.ville.nom)} : la source compte la ville entière, sans la détailler par
            arrondissement. Voici donc les chiffres de toute la ville de ${bdi(vue.ville.nom)}.
          </p>`
        : nothing
    }
    ${
      !eligibilite
        ? html`<p class="manque" part="missing">Cette fiche ne donne pas l’accès à internet commune par commune.</p>`
        : !comptes
          ? html`<p class="manque" part="missing">
              Les chiffres d’accès à internet de ${bdi(ici.nom)} ne figurent pas dans la source, ${formatSource(eligibilite.source)}.
            </p>`
          : html`<p class="lead" part="lead">
                ${bdi(ici.nom)} : ${formatPart(partsEligibilite(comptes)[0]!.part)} des locaux éligibles à la fibre
                optique${enAnnee(eligibilite)}${territoire ? html` ; ${bdi(territoire)}` : html` ; département`} :
                ${formatPart(partsEligibilite(eligibilite.departement)[0]!.part)}.
              </p>
              ${tableEligibilite(
                [
                  { nom: bdi(ici.nom), comptes },
                  { nom: territoire ? bdi(territoire) : 'Département', comptes: eligibilite.departement },
                ],
                html`Locaux éligibles à internet${enAnnee(eligibilite)}, par technologie : ${bdi(ici.nom)} et son département`,
              )}
              <p class="mention">${eligibilite.definition ? bdi(eligibilite.definition) : ELIGIBLE} ${PLUSIEURS}</p>
              ${SOURCE_ELIGIBILITE(eligibilite)}`
    }
  </section>`;
}
