package io.wormbench.evaluation.acceptance;

import static io.cucumber.junit.platform.engine.Constants.FILTER_TAGS_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The targets an open issue states and the current simulator or detectors do not yet reach:
 * {@code @realistic-world} (issue 11's fidelity and artefact targets) and {@code @open-target}
 * (a detector bar the more realistic world has pushed out of reach, issue 15). They stay
 * executable so that a miss is a figure anyone can reproduce, not a deleted test; the README's
 * "Open targets" section lists each with its figure. The class name does not match the build's
 * test pattern, so {@code verify} skips it; run it with {@code ./mvnw -pl evaluation -am test
 * -Dtest=OpenTargetsSuite -Dsurefire.failIfNoSpecifiedTests=false}. A target that passes here
 * loses its tag and returns to {@link AcceptanceTest}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("../scenarios/features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.wormbench.evaluation.acceptance")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary")
@ConfigurationParameter(key = FILTER_TAGS_PROPERTY_NAME, value = "@realistic-world or @open-target")
public class OpenTargetsSuite {}
