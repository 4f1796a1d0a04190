/**
 * The charts as inline SVG with text alternatives: matrix, pyramid, whale curve, revenue chart,
 * organigram, band bars, the printed timeline. Pure functions from numbers and labels to markup;
 * uses model only, used by render only.
 */
package io.keyplan.render.chart;
