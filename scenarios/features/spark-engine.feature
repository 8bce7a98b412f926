@spark
Feature: Sweeps and benchmarks on Apache Spark give the local engine's figures
  A study too large for one machine fans its (scenario, sweep point, seed) tasks out to a Spark
  cluster. The figures must not depend on where the tasks ran: the driver aggregates Spark's
  per-seed results with the same code as the local thread pool.

  Scenario: The same catalogue on the local pool and on Spark local[2]
    Given the small catalogue "tiny-incident, tiny-c2" over 3 seeds
    When it is benchmarked on the "local" engine and on Spark "local[2]"
    Then every summary, metrics file and report is byte-identical
