package dev.mnistexplorer.core;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;

/**
 * Turns an exception into one sentence for a person: the file and the plain reason ("permission
 * denied", "file not found", "no internet connection"), never a Java class name. The command line
 * and the app both show failures through it. Java's file exceptions carry only the path as their
 * message (an {@code AccessDeniedException} reads "/home/me/model.mnx"), and the network ones only
 * a host name, so the reason comes from the exception's type.
 */
public final class ErrorMessages {

  /** Said when a failure has no message of its own: a bug, not something the user did. */
  public static final String INTERNAL = "internal error";

  private ErrorMessages() {}

  /** The sentence for {@code error}, with wrapper exceptions (futures, unchecked I/O) removed. */
  public static String message(Throwable error) {
    Throwable cause = unwrap(error);
    String plain = plainReason(cause);
    if (plain != null) {
      return plain;
    }
    String text = cause.getMessage();
    if (text == null || text.isBlank() || isProgrammingError(cause)) {
      return INTERNAL;
    }
    return text;
  }

  /**
   * The reason alone, for a message that already names the file ("x.mnx: could not be read
   * (permission denied)"): like {@link #message} without the file name in front.
   */
  public static String reason(Throwable error) {
    Throwable cause = unwrap(error);
    if (cause instanceof FileSystemException file) {
      return fileSystemReason(file);
    }
    return message(cause);
  }

  /** The innermost exception that says something: futures and unchecked wrappers are peeled. */
  public static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException
            || cause instanceof ExecutionException
            || cause instanceof UncheckedIOException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static String plainReason(Throwable cause) {
    if (cause instanceof FileSystemException file) {
      return fileReason(file);
    }
    if (cause instanceof UnknownHostException || cause instanceof NoRouteToHostException) {
      String host = cause.getMessage() == null ? "" : " (cannot reach " + cause.getMessage() + ")";
      return "no internet connection" + host;
    }
    if (cause instanceof ConnectException) {
      // Java's HTTP client says "ConnectException" with no message, whatever went wrong.
      return cause.getCause() instanceof UnresolvedAddressException
          ? "no internet connection (cannot look up the server's address)"
          : "no internet connection (the server did not answer)";
    }
    if (cause instanceof HttpConnectTimeoutException
        || cause instanceof HttpTimeoutException
        || cause instanceof SocketTimeoutException) {
      return "the connection timed out";
    }
    if (cause instanceof SSLException) {
      return "the secure connection failed";
    }
    if (cause instanceof OutOfMemoryError) {
      return "not enough memory";
    }
    if (cause instanceof FileNotFoundException && cause.getMessage() == null) {
      return "file not found";
    }
    return null;
  }

  /**
   * "FILE: reason". The operating system's reasons come only with the plain type ("Read-only file
   * system", "No space left on device"); the subtypes carry none, so their type is the reason. A
   * reason our own code wrote (what was expected) is kept as it is.
   */
  private static String fileReason(FileSystemException error) {
    String file = error.getFile() == null ? "" : error.getFile() + ": ";
    String other = error.getOtherFile() == null ? "" : " (" + error.getOtherFile() + ")";
    return file + fileSystemReason(error) + other;
  }

  private static String fileSystemReason(FileSystemException error) {
    String reason = error.getReason();
    if (reason == null) {
      return typeReason(error);
    }
    return error.getClass() == FileSystemException.class ? reason.toLowerCase(Locale.ROOT) : reason;
  }

  private static String typeReason(FileSystemException error) {
    if (error instanceof NoSuchFileException) {
      return "file not found";
    }
    if (error instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (error instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (error instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (error instanceof DirectoryNotEmptyException) {
      return "the folder is not empty";
    }
    return "could not be used";
  }

  private static boolean isProgrammingError(Throwable cause) {
    return cause instanceof NullPointerException
        || cause instanceof ClassCastException
        || cause instanceof IndexOutOfBoundsException
        || cause instanceof ArithmeticException
        || cause instanceof UnsupportedOperationException
        || (cause instanceof Error && !(cause instanceof OutOfMemoryError));
  }
}
