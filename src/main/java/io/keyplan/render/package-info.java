/**
 * Pages through the theme's Pebble templates with autoescaping: one task per account for all its
 * pages, the site-wide pages, the printed views; Markdown to safe HTML; UI texts and number and
 * date formats per language. Turns a template and a view into bytes for site.SiteWriter, and
 * decides no address (site.SiteLayout) and no visibility rule (site.Audience) itself. Used by
 * pipeline only.
 */
package io.keyplan.render;
