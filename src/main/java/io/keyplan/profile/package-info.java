/**
 * The public profile (spec 7): the allow-list applied to the model before anything is rendered,
 * and key players' names withheld in every written form (NameRedactor). Applied through
 * site.Audience; uses model and diagnostic.
 */
package io.keyplan.profile;
