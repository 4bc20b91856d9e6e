/** The entry of dist/embed-host.js: a page that includes the script gets its iframes sized. */
import { sizeEmbeds } from '../embed/host.js';

sizeEmbeds();
