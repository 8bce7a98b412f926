package io.wormbench.evaluation.acceptance;

import static io.cucumber.junit.platform.engine.Constants.FILTER_TAGS_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.jupiter.api.Tag;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The {@code @spark} scenarios, which start Apache Spark: run by the {@code spark} Maven
 * profile ({@code ./mvnw verify -Pspark}, as CI does), left out of the plain {@link
 * AcceptanceTest}.
 */
@Suite
@Tag("spark")
@IncludeEngines("cucumber")
@SelectDirectories("../scenarios/features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.wormbench.evaluation.acceptance")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary")
@ConfigurationParameter(key = FILTER_TAGS_PROPERTY_NAME, value = "@spark")
public class SparkAcceptanceTest {}
