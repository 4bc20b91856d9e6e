// A real WordPress for the plugin's test, from Debian's packages as a site owner has it
// (`wordpress`, `mariadb-server`, `php`, `php-mysql`, `apache2` with `libapache2-mod-php`), run
// privately: a MariaDB and an Apache of the test's own, on 127.0.0.1 only, on free ports, with
// their data in one temporary folder. Debian's WordPress reads its site's settings from
// /etc/wordpress/config-NAME.php (NAME given by Apache's WORDPRESS_CONFIG): the test writes one
// of its own there, and `stop()` removes it with everything else it started or made.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../support/free-port.mjs';

const WORDPRESS = '/usr/share/wordpress';
const CONFIG_NAME = 'anct-widgets-test';
const CONFIG = `/etc/wordpress/config-${CONFIG_NAME}.php`;

/** What the machine lacks to run the test, by Debian package. */
export function missingPackages() {
  const has = (path) => existsSync(path);
  const modules = has('/usr/lib/apache2/modules') ? readdirSync('/usr/lib/apache2/modules') : [];
  const php = has('/usr/bin/php') ? execFileSync('/usr/bin/php', ['-m'], { encoding: 'utf8' }) : '';
  return Object.entries({
    wordpress: has(`${WORDPRESS}/wp-settings.php`),
    'wordpress-theme-twentytwentyone': has(`${WORDPRESS}/wp-content/themes/twentytwentyone/style.css`),
    'wordpress-theme-twentytwentythree': has(`${WORDPRESS}/wp-content/themes/twentytwentythree/theme.json`),
    'mariadb-server': has('/usr/sbin/mariadbd'),
    php: php !== '',
    'php-mysql': /^mysqli$/m.test(php),
    apache2: has('/usr/sbin/apache2'),
    'libapache2-mod-php': modules.some((m) => /^libphp8\.\d+\.so$/.test(m)),
  })
    .filter(([, present]) => !present)
    .map(([name]) => name);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(what, check, timeout = 60000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > end) throw new Error(`${what}: not ready after ${timeout / 1000} s`);
    await sleep(300);
  }
}

/** Starts MariaDB and Apache with a fresh, not yet installed WordPress; returns its address and controls. */
export async function startWordPress() {
  if (existsSync(CONFIG)) throw new Error(`${CONFIG} exists: another run of this test, or a site of that name; remove it first`);
  const dir = mkdtempSync('/tmp/anct-wordpress-');
  chmodSync(dir, 0o755);
  const children = [];
  const [dbPort, webPort] = [await freePort(), await freePort()];
  const url = `http://127.0.0.1:${webPort}`;
  const content = join(dir, 'wp-content');

  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null) continue;
      child.kill('SIGTERM');
      await Promise.race([new Promise((r) => child.once('exit', r)), sleep(15000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(CONFIG, { force: true });
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    // The database: a server of its own, its files in the temporary folder.
    const data = join(dir, 'db');
    execFileSync(
      'mariadb-install-db',
      ['--no-defaults', '--user=mysql', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db'],
      {
        stdio: 'ignore',
      },
    );
    // Its socket and pid file in a folder of its own user's.
    const run = join(dir, 'run');
    mkdirSync(run);
    execFileSync('chown', ['mysql:mysql', run]);
    const socket = join(run, 'mysql.sock');
    const mariadb = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        '--user=mysql',
        `--datadir=${data}`,
        `--socket=${socket}`,
        `--port=${dbPort}`,
        '--bind-address=127.0.0.1',
        `--pid-file=${run}/mariadb.pid`,
        '--skip-log-bin',
        '--skip-name-resolve',
      ],
      { stdio: 'ignore', detached: true },
    );
    children.push(mariadb);
    const sql = (statement) =>
      execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-u', 'root', '-e', statement], { stdio: 'pipe' });
    await until('MariaDB', () => (sql('SELECT 1'), true));
    sql(
      "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'127.0.0.1';",
    );

    // wp-content of this site: Debian's themes and translations, plugins and uploads writable by the web server.
    for (const sub of ['plugins', 'themes', 'uploads', 'mu-plugins']) mkdirSync(join(content, sub), { recursive: true });
    for (const theme of ['twentytwentyone', 'twentytwentythree'])
      symlinkSync(`${WORDPRESS}/wp-content/themes/${theme}`, join(content, 'themes', theme));
    symlinkSync('/var/lib/wordpress/wp-content/languages', join(content, 'languages'));
    execFileSync('chown', ['-R', '--no-dereference', 'www-data:www-data', content]);

    const config = (extra = '') =>
      writeFileSync(
        CONFIG,
        `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', 'wordpress' );
define( 'DB_HOST', '127.0.0.1:${dbPort}' );
define( 'WP_CONTENT_DIR', '${content}' );
define( 'WP_CONTENT_URL', '${url}/wp-content' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${content}/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'FS_METHOD', 'direct' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
${extra}`,
      );
    config();

    const conf = join(dir, 'apache.conf');
    const modules = '/usr/lib/apache2/modules';
    const php = readdirSync(modules).find((m) => /^libphp8\.\d+\.so$/.test(m));
    writeFileSync(
      conf,
      `ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:${webPort}
PidFile ${dir}/apache.pid
Mutex file:${dir}
LoadModule mpm_prefork_module ${modules}/mod_mpm_prefork.so
LoadModule authz_core_module ${modules}/mod_authz_core.so
LoadModule dir_module ${modules}/mod_dir.so
LoadModule mime_module ${modules}/mod_mime.so
LoadModule alias_module ${modules}/mod_alias.so
LoadModule env_module ${modules}/mod_env.so
LoadModule php_module ${modules}/${php}
User www-data
Group www-data
StartServers 2
MaxRequestWorkers 8
ErrorLog ${dir}/apache-error.log
LogLevel warn
TypesConfig /etc/mime.types
DirectoryIndex index.php index.html
DocumentRoot ${WORDPRESS}
SetEnv WORDPRESS_CONFIG ${CONFIG_NAME}
Alias /wp-content ${content}
<Directory />
  Require all denied
  AllowOverride None
</Directory>
<Directory ${WORDPRESS}>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory ${content}>
  Options FollowSymLinks
  Require all granted
</Directory>
# The site's configuration is rewritten during the test: PHP reads it anew at each request.
php_admin_value opcache.revalidate_freq 0
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
`,
    );
    // A process group of its own: Apache, when it stops, signals its whole group.
    const apache = spawn('/usr/sbin/apache2', ['-f', conf, '-DFOREGROUND'], { stdio: 'ignore', detached: true });
    children.push(apache);
    await until('Apache', async () => (await fetch(`${url}/wp-admin/install.php`)).status === 200);

    return {
      url,
      content,
      /** Rewrites the site's configuration with these PHP lines added (a `define`, say). */
      configure: config,
      debugLog: () => (existsSync(join(content, 'debug.log')) ? readFileSync(join(content, 'debug.log'), 'utf8') : ''),
      clearDebugLog: () => rmSync(join(content, 'debug.log'), { force: true }),
      apacheErrors: () => readFileSync(join(dir, 'apache-error.log'), 'utf8'),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
