package dev.mnistexplorer.cli;

import dev.mnistexplorer.core.AppVersion;
import dev.mnistexplorer.core.ErrorMessages;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The command line: {@code info}, {@code train}, {@code eval}, {@code predict}, {@code inspect},
 * {@code weights}, {@code export}, {@code bench}. Results go to standard output as one JSON object
 * per line; progress and errors to standard error. Usage errors exit 2 with one line; other
 * failures exit 1 with "error: …" and no stack trace unless {@code --verbose}.
 */
@Command(
    name = "mnist-explorer",
    mixinStandardHelpOptions = true,
    versionProvider = MnistCli.Version.class,
    description = "See, build, train and question a neural network on handwritten digits.",
    subcommands = {
      InfoCommand.class,
      TrainCommand.class,
      EvalCommand.class,
      PredictCommand.class,
      InspectCommand.class,
      WeightsCommand.class,
      ExportCommand.class,
      BenchCommand.class,
      DownloadCommand.class,
      SelfTestCommand.class
    })
public final class MnistCli implements Runnable {
  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Show engine logs and full stack traces.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and returns the exit status. */
  public static int run(String... args) {
    CommandLine commandLine = new CommandLine(new MnistCli());
    commandLine.setParameterExceptionHandler(MnistCli::usageError);
    commandLine.setExecutionExceptionHandler(
        (error, command, parsed) ->
            failure(error, parsed.hasMatchedOption("--verbose"), command.getErr()));
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      // Inputs are bounded before they are read, so this is rare; still one line, not a trace.
      commandLine
          .getErr()
          .println(
              "error: not enough memory (the Java heap holds "
                  + (Runtime.getRuntime().maxMemory() >> 20)
                  + " MB; raise it with -Xmx)");
      commandLine.getErr().flush();
      return CommandLine.ExitCode.SOFTWARE;
    }
  }

  private static int usageError(CommandLine.ParameterException error, String[] args) {
    CommandLine command = error.getCommandLine();
    command.getErr().println(command.getCommandName() + ": " + error.getMessage());
    command.getErr().flush();
    return CommandLine.ExitCode.USAGE;
  }

  private static int failure(Exception error, boolean verbose, PrintWriter err) {
    Throwable cause = ErrorMessages.unwrap(error);
    String message = ErrorMessages.message(cause);
    if (message.equals(ErrorMessages.INTERNAL) && !verbose) {
      message += " (--verbose shows the details)";
    }
    err.println("error: " + message);
    if (verbose) {
      cause.printStackTrace(err);
    }
    err.flush();
    return CommandLine.ExitCode.SOFTWARE;
  }

  /** The version line for {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"MNIST Explorer " + AppVersion.get()};
    }
  }
}
