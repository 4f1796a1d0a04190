/**
 * Runs the stages in order for one command (SiteBuild): load, validate, analyse, plan warnings,
 * audience, render, publish; Stages lets tests replace them with fakes. Uses every stage; used
 * by cli only.
 */
package io.keyplan.pipeline;
