package io.wormbench.evaluation.acceptance;

import static io.cucumber.junit.platform.engine.Constants.FILTER_TAGS_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The {@code @realistic-world} scenarios alone: issue 11's fidelity targets, which today's
 * sparse world fails. Its name does not match the build's test pattern, so {@code verify} skips
 * it; run it with {@code ./mvnw -o -pl evaluation -am test -Dtest=RealisticWorldSuite
 * -Dsurefire.failIfNoSpecifiedTests=false}. When the realistic world lands, drop the tag filter
 * of {@link AcceptanceTest} and this class.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("../scenarios/features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.wormbench.evaluation.acceptance")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary")
@ConfigurationParameter(key = FILTER_TAGS_PROPERTY_NAME, value = "@realistic-world")
public class RealisticWorldSuite {}
