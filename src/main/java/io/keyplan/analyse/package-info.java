/**
 * Every computed figure of spec section 6 (selection, quadrant, tier, completeness, health,
 * risks, pyramid, whale curve, ranking) as pure functions of the model and the build date. Uses
 * only model; used by validate (plan warnings), render, publish (data files) and pipeline.
 */
package io.keyplan.analyse;
