// WordPress's block editor, driven as a person uses it: the post editor opened with a user's
// session, the welcome guide closed, a block added (through the editor's own data store, as the
// inserter does), its settings chosen in the inspector by their French labels.

/** Opens a new post in the editor, as the user whose cookies are given. */
export function newPost(browser, user) {
  return openEditor(browser, user, '/wp-admin/post-new.php');
}

/** Opens the post `id` in the editor, as the user whose cookies are given. */
export function editPost(browser, user, id) {
  return openEditor(browser, user, `/wp-admin/post.php?post=${id}&action=edit`);
}

async function openEditor(browser, user, path) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  await page.setCookie(...user.cookies());
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${user.cookies()[0].url}${path}`);
  await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId());
  await page.evaluate(() => {
    if (window.wp.data.select('core/edit-post').isFeatureActive('welcomeGuide'))
      window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
  });
  return { page, errors, close: () => context.close() };
}

/** Adds a block at the end of the post and selects it, with its settings panel open. */
export async function addBlock(page, name, attributes = {}) {
  await page.evaluate(
    (name, attributes) => {
      const block = window.wp.blocks.createBlock(name, attributes);
      window.wp.data.dispatch('core/block-editor').insertBlocks(block);
      window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    },
    name,
    attributes,
  );
}

/** The form field labelled `label` in the block's settings. */
export async function field(page, label) {
  const id = await page.waitForFunction(
    (label) => [...document.querySelectorAll('.block-editor-block-inspector label')].find((l) => l.textContent.trim() === label)?.htmlFor,
    {},
    label,
  );
  return `#${await id.jsonValue()}`;
}

/** Saves the post, published, as the editor's Publish or Update button does; its address. */
export async function publish(page) {
  await page.evaluate(() => {
    window.wp.data.dispatch('core/editor').editPost({ status: 'publish' });
    return window.wp.data.dispatch('core/editor').savePost();
  });
  return page.evaluate(() => window.wp.data.select('core/editor').getCurrentPost().link);
}
