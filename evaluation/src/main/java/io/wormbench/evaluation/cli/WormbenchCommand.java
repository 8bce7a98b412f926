package io.wormbench.evaluation.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code wormbench} command line (picocli). Bad input of any kind (a wrong scenario field,
 * a malformed alerts file, a missing file) ends with one line on stderr and exit code 2,
 * never a stack trace; set {@code WORMBENCH_DEBUG=1} to see the trace of an internal error.
 */
@Command(name = "wormbench", mixinStandardHelpOptions = true, version = "wormbench 0.1.0-SNAPSHOT",
    description = "Simulates enterprise traffic with cryptomining worms and scores network "
        + "detectors on it: precision, recall and time-to-detect over many seeds.",
    subcommands = {RunCommand.class, DemoCommand.class, SimulateCommand.class,
        ScoreCommand.class, CompareCommand.class, ReportCommand.class, DetectCommand.class,
        BenchCommand.class, BenchmarkCommand.class, FidelityCommand.class,
        CommandLine.HelpCommand.class})
public final class WormbenchCommand implements Runnable {
  /** Exit code for bad input. */
  public static final int BAD_INPUT = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  /** The configured command line, for tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new WormbenchCommand());
    cl.setExecutionExceptionHandler((e, line, parse) -> {
      PrintWriter err = line.getErr();
      if (System.getenv("WORMBENCH_DEBUG") != null) {
        e.printStackTrace(err);
      }
      if (e instanceof io.wormbench.evaluation.experiment.SeedFailure) {
        // A seed that cannot run fails the experiment with the scenario, seed and cause.
        err.println("wormbench: " + oneLine(e.getMessage()));
        return 1;
      }
      if (isBadInput(e)) {
        err.println("wormbench: " + oneLine(e.getMessage()));
        return BAD_INPUT;
      }
      err.println("wormbench: internal error: " + e.getClass().getSimpleName() + ": "
          + oneLine(String.valueOf(e.getMessage()))
          + " (set WORMBENCH_DEBUG=1 for the stack trace)");
      return 1;
    });
    return cl;
  }

  /** The project's bad-input errors ({@link io.wormbench.traffic.BadInput}) and I/O failures. */
  static boolean isBadInput(Throwable e) {
    return io.wormbench.traffic.BadInput.is(e) || e instanceof UncheckedIOException
        || e instanceof io.wormbench.evaluation.external.ExternalFailure;
  }

  /** The message on one printable line: line breaks and control characters escaped. */
  static String oneLine(String s) {
    return io.wormbench.traffic.codec.TrafficFormatException.printable(s, MAX_MESSAGE);
  }

  /** Longest message printed; hostile input can make messages of any length. */
  private static final int MAX_MESSAGE = 10000;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    CommandLine cl = commandLine();
    int code = cl.execute(args);
    // System.exit does not flush a PrintWriter: without this a command's summary is lost.
    cl.getOut().flush();
    cl.getErr().flush();
    System.exit(code);
  }
}
