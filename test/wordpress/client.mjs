// What a person does with a WordPress, over HTTP with their own credentials: the web installer,
// logging in (the cookie a browser would keep), the REST API as that user (with the nonce
// WordPress gives a logged-in user), and wp-admin's links (activate a theme, deactivate a
// plugin) as they are on its pages. KSES applies to what a user saves as it does in the editor.

/** Runs WordPress's web installer, in French: the site and its administrator. */
export async function install(url, { user, password, email }) {
  const body = new URLSearchParams({
    language: 'fr_FR',
    weblog_title: 'Mairie de Mende',
    user_name: user,
    admin_password: password,
    admin_password2: password,
    pw_weak: 'on',
    admin_email: email,
    blog_public: '0',
    Submit: 'Installer WordPress',
  });
  const response = await fetch(`${url}/wp-admin/install.php?step=2`, { method: 'POST', body });
  const html = await response.text();
  if (!response.ok || !/wp-login\.php/.test(html)) throw new Error(`installer: ${response.status} ${html.slice(0, 500)}`);
}

/** A logged-in user's session. */
export async function login(url, user, password) {
  const cookies = new Map([['wordpress_test_cookie', 'WP%20Cookie%20check']]);
  const header = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (response) => {
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  const response = await fetch(`${url}/wp-login.php`, {
    method: 'POST',
    headers: { cookie: header() },
    body: new URLSearchParams({ log: user, pwd: password, testcookie: '1', 'wp-submit': 'Se connecter', redirect_to: `${url}/wp-admin/` }),
    redirect: 'manual',
  });
  keep(response);
  if (response.status !== 302) throw new Error(`login of ${user}: ${response.status}`);
  const get = async (path) => {
    const r = await fetch(`${url}${path}`, { headers: { cookie: header() }, redirect: 'manual' });
    keep(r);
    return r;
  };
  const nonce = await (await get('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
  if (!/^[0-9a-f]{10}$/.test(nonce)) throw new Error(`no REST nonce for ${user}: ${nonce.slice(0, 200)}`);

  /** A REST call as this user; throws with WordPress's message if it refuses. */
  const rest = async (route, method = 'GET', data) => {
    const [path, query] = route.split('?');
    const r = await fetch(`${url}/?rest_route=${encodeURIComponent(path)}${query ? `&${query}` : ''}`, {
      method,
      headers: { cookie: header(), 'x-wp-nonce': nonce, ...(data && { 'content-type': 'application/json' }) },
      body: data && JSON.stringify(data),
    });
    const json = await r.json();
    if (!r.ok) throw new Error(`${method} ${route} as ${user}: ${r.status} ${JSON.stringify(json)}`);
    return json;
  };

  /** Posts a wp-admin form (or admin-ajax.php's), as this user; the JSON answer. */
  const post = async (path, fields) => {
    const r = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { cookie: header() },
      body: new URLSearchParams(fields),
      redirect: 'manual',
    });
    keep(r);
    return r.json();
  };

  /** Follows the link of a wp-admin page whose address matches `pattern` (it carries its nonce). */
  const follow = async (page, pattern) => {
    const html = await (await get(page)).text();
    const href = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&')).find((h) => pattern.test(h));
    if (!href) throw new Error(`no link ${pattern} on ${page}`);
    const target = new URL(href, `${url}/wp-admin/`);
    const r = await get(target.pathname + target.search);
    if (r.status >= 400) throw new Error(`${href}: ${r.status}`);
    return r;
  };

  return { user, cookies: () => [...cookies].map(([name, value]) => ({ name, value, url })), rest, get, post, follow };
}
