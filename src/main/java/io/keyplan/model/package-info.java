/**
 * The account plan as immutable records: AccountPlan is exactly account.yaml, PortalFile exactly
 * portal.yaml, Portal is PortalFile with the defaults applied. Field and the annotations
 * (Required, Range, Doc, Scalar, Key) say what the loader checks and what the JSON Schema says.
 * The foundation: every package may use it; it uses none.
 */
package io.keyplan.model;
