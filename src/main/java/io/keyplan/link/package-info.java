/**
 * Which link targets may appear on the portal, read as a browser reads them (LinkPolicy): only
 * relative links, http, https, mailto and tel. Asked by validate (to report a link) and by
 * render (for every href and src it writes), so the two can never disagree.
 */
package io.keyplan.link;
