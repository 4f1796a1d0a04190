/**
 * The public profile (spec 7): the allow-list applied to the model before anything is rendered,
 * key players' names withheld in every written form (NameRedactor), e-mail addresses withheld
 * (Emails), and warnings on amounts, percentages, e-mail addresses and phone numbers left in
 * released text (Disclosures, DisclosureWarnings). Applied through site.Audience; uses model and
 * diagnostic.
 */
package io.keyplan.profile;
