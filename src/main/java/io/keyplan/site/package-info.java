/**
 * The shape of the site: SiteLayout knows every page and file a build writes and the relative
 * link from any page to any other; Audience holds every rule of what a reader (internal or
 * public) may see; BuildInfo is what a page knows about the run; SiteWriter is where pages go.
 * Asked by validate (which page a link is read from, which names an attachment may not take),
 * render (where to write), publish (where attachments go) and pipeline.
 */
package io.keyplan.site;
