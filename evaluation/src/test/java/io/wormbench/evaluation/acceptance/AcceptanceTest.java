package io.wormbench.evaluation.acceptance;

import static io.cucumber.junit.platform.engine.Constants.FILTER_TAGS_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the Gherkin features of {@code scenarios/features} inside {@code ./mvnw verify}. Tests
 * run in the evaluation module's folder, hence the {@code ../}. Scenarios tagged
 * {@code @realistic-world} or {@code @open-target} (targets of open issues not yet reached) are
 * left out; {@link OpenTargetsSuite} runs them alone.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("../scenarios/features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.wormbench.evaluation.acceptance")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary")
@ConfigurationParameter(key = FILTER_TAGS_PROPERTY_NAME, value = "not @realistic-world and not @open-target and not @spark")
public class AcceptanceTest {}
