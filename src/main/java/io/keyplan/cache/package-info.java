/**
 * What KeyPlan reuses between builds (build --cache DIR): the key of everything a page is made
 * of (Fingerprint, a canonical walk over the objects handed to a template) and the folder that
 * keeps pages by that key (CacheFolder: atomic entries, checked when read, one build at a time,
 * pruned to what the last build used), and KeyPlan's code stamp, remembered there while the jar
 * is unchanged (CodeStamp). On nothing but the JDK; used by render and pipeline.
 */
package io.keyplan.cache;
