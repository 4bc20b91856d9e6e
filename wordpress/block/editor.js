/**
 * The block in the editor, with no build step (WordPress's globals only): inspector controls
 * choose the element, the département, a commune by name (from the shipped feed of the
 * département, as the bundle reads it), the heading level and the theme; the preview is the
 * real element, the script being loaded into the editor too.
 *
 * The block also saves the element's content as plain HTML (dist/html.js, loaded in the editor
 * only), which render.php puts inside the element's tag: the public page shows it at once, with
 * JavaScript off and to search engines, until the element takes over. It is written from the
 * very feed the preview has read (its `anct-load` event), each time the preview shows content:
 * when the post is opened and when a setting changes. Saved as the block's HTML (the `fallback`
 * attribute is read back from it), so what KSES keeps of it is what the block validates
 * against; a block saved before, with no HTML, stays valid and gets its content on next save.
 */
(function (wp, config) {
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var sprintf = wp.i18n.sprintf;
  var useState = wp.element.useState;
  var useEffect = wp.element.useEffect;
  var useRef = wp.element.useRef;
  var components = wp.components;
  var blockEditor = wp.blockEditor;

  // The elements register themselves when the module runs; a second import is free.
  import(config.script).catch(function (e) {
    console.warn('anct-widgets : le script n’a pas pu être chargé dans l’éditeur.', e);
  });

  var plainHtml = import(config.html);
  plainHtml.catch(function (e) {
    console.warn('anct-widgets : le contenu sans script ne peut pas être écrit dans l’éditeur.', e);
  });

  /** HTML as the editor reads it back from the post (entities, quotes), so that equal means unchanged. */
  function normalise(html) {
    var t = document.createElement('template');
    t.innerHTML = (html || '').trim();
    return t.innerHTML.trim();
  }

  var cache = {};
  /** A JSON file of the shipped feeds, fetched once per editor. */
  function lire(nom) {
    if (!cache[nom]) {
      cache[nom] = fetch(config.feeds + nom).then(function (r) {
        if (!r.ok) throw new Error(r.status + ' ' + nom);
        return r.json();
      });
    }
    return cache[nom];
  }

  /** Loads a file of the feeds into state; null until it is there (or if it cannot be read). */
  function useFeed(nom) {
    var state = useState(null);
    useEffect(
      function () {
        var actuel = true;
        state[1](null);
        if (nom)
          lire(nom).then(
            function (json) {
              if (actuel) state[1](json);
            },
            function () {
              if (actuel) state[1]({});
            },
          );
        return function () {
          actuel = false;
        };
      },
      [nom],
    );
    return state[0];
  }

  function departementDe(commune) {
    if (!commune) return '';
    return /^97/.test(commune) ? commune.slice(0, 3) : commune.slice(0, 2);
  }

  function Edit(props) {
    var a = props.attributes;
    var set = props.setAttributes;
    var departement = a.departement || departementDe(a.commune);
    var index = useFeed('index.json');
    var feed = useFeed(departement ? departement + '.json' : '');
    var departements = (index && index.departements) || [];
    var communes = Object.entries((feed && feed.communes) || {})
      .sort(function (x, y) {
        return x[1].localeCompare(y[1], 'fr');
      })
      .map(function (c) {
        return { value: c[0], label: c[1] + ' (' + c[0] + ')' };
      });

    var attrs = { key: [a.element, departement, a.commune, a.headingLevel, a.look, a.theme].join('|') };
    if (a.commune) attrs.commune = a.commune;
    else if (departement) attrs.departement = departement;
    if (a.headingLevel && a.headingLevel !== 2) attrs['heading-level'] = String(a.headingLevel);
    if (a.look && a.look !== 'auto') attrs.look = a.look;
    if (a.theme && a.theme !== 'auto') attrs.theme = a.theme;

    var inspecteur = el(
      blockEditor.InspectorControls,
      null,
      el(
        components.PanelBody,
        { title: __('Contenu', 'anct-widgets') },
        el(components.SelectControl, {
          label: __('Élément', 'anct-widgets'),
          value: a.element,
          options: config.elements.map(function (e) {
            return { value: e.tag, label: e.titre };
          }),
          onChange: function (v) {
            set({ element: v });
          },
        }),
        el(components.SelectControl, {
          label: __('Département', 'anct-widgets'),
          value: departement,
          options: [{ value: '', label: __('Choisir un département', 'anct-widgets') }].concat(
            departements.map(function (d) {
              return { value: d.code, label: d.code + ' — ' + d.nom };
            }),
          ),
          onChange: function (v) {
            set({ departement: v, commune: '' });
          },
        }),
        el(components.ComboboxControl, {
          label: __('Commune', 'anct-widgets'),
          help: __('Tapez le début de son nom ; sans commune, tout le département.', 'anct-widgets'),
          value: a.commune,
          options: communes,
          onChange: function (v) {
            set({ commune: v || '' });
          },
        }),
      ),
      el(
        components.PanelBody,
        { title: __('Présentation', 'anct-widgets') },
        el(components.SelectControl, {
          label: __('Niveau du titre', 'anct-widgets'),
          value: String(a.headingLevel || 2),
          options: [1, 2, 3, 4, 5, 6].map(function (n) {
            return { value: String(n), label: sprintf(__('Titre de niveau %d', 'anct-widgets'), n) };
          }),
          onChange: function (v) {
            set({ headingLevel: Number(v) });
          },
        }),
        el(components.SelectControl, {
          label: __('Apparence', 'anct-widgets'),
          help: __('Le DSFR est réservé aux sites de l’État : le site d’une commune prend l’apparence neutre.', 'anct-widgets'),
          value: a.look || 'auto',
          options: [
            { value: 'auto', label: __('Automatique : DSFR sur un site de l’État, neutre ailleurs', 'anct-widgets') },
            { value: 'dsfr', label: __('DSFR (sites de l’État)', 'anct-widgets') },
            { value: 'neutre', label: __('Neutre (la police et les couleurs du site)', 'anct-widgets') },
          ],
          onChange: function (v) {
            set({ look: v });
          },
        }),
        el(components.SelectControl, {
          label: __('Thème', 'anct-widgets'),
          help: __('Pour l’apparence DSFR ; en apparence neutre, les couleurs du site décident.', 'anct-widgets'),
          value: a.theme || 'auto',
          options: [
            { value: 'auto', label: __('Automatique (suit le DSFR)', 'anct-widgets') },
            { value: 'light', label: __('Clair', 'anct-widgets') },
            { value: 'dark', label: __('Sombre', 'anct-widgets') },
          ],
          onChange: function (v) {
            set({ theme: v });
          },
        }),
      ),
    );

    // The content as plain HTML, from the feed the preview has just shown. The listener reads the
    // block's settings as they are now (a ref), since an element's anct-load may come before the
    // effects of the render that made it have run; an element of settings since changed is ignored.
    var cadre = useRef(null);
    var reglages = { element: a.element, commune: a.commune || '', departement: a.commune ? '' : departement, niveau: a.headingLevel || 2 };
    var courant = useRef(null);
    courant.current = { cle: JSON.stringify(reglages), reglages: reglages, fallback: a.fallback, set: set };
    useEffect(function () {
      var node = cadre.current;
      if (!node) return undefined;
      function charge(event) {
        var cible = event.target;
        var c = courant.current;
        var r = c.reglages;
        if (!event.detail || !event.detail.feed || cible.localName !== r.element) return;
        var siens = {
          element: cible.localName,
          commune: cible.getAttribute('commune') || '',
          departement: cible.getAttribute('commune') ? '' : cible.getAttribute('departement') || '',
          niveau: Number(cible.getAttribute('heading-level') || 2),
        };
        if (JSON.stringify(siens) !== c.cle) return;
        var feed = event.detail.feed;
        plainHtml
          .then(function (m) {
            var inputs = { commune: r.commune || null, departement: r.departement || null, headingLevel: r.niveau };
            var html = normalise(m.fallbackHtml(r.element, feed, inputs));
            var maintenant = courant.current;
            if (maintenant.cle === c.cle && html !== normalise(maintenant.fallback)) maintenant.set({ fallback: html });
          })
          .catch(function (e) {
            console.warn('anct-widgets : le contenu sans script n’a pas pu être écrit.', e);
          });
      }
      node.addEventListener('anct-load', charge);
      return function () {
        node.removeEventListener('anct-load', charge);
      };
    }, []);

    var apercu =
      departement || a.commune
        ? el(a.element, attrs)
        : el('p', null, __('Choisissez un département dans les réglages du bloc.', 'anct-widgets'));
    return el('div', blockEditor.useBlockProps({ ref: cadre }), inspecteur, apercu);
  }

  wp.blocks.registerBlockType('anct-widgets/element', {
    edit: Edit,
    // The saved content, if any; none (a block saved before, or no feed read yet) saves nothing.
    save: function (props) {
      var html = (props.attributes.fallback || '').trim();
      return html ? el(wp.element.RawHTML, null, html) : null;
    },
  });
})(window.wp, window.anctWidgetsEditeur);
