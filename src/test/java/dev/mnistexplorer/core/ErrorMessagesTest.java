package dev.mnistexplorer.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures read as a file and a plain reason, never as a Java class name. */
class ErrorMessagesTest {

  @Test
  void accessDeniedReadsPermissionDenied() {
    assertThat(ErrorMessages.message(new AccessDeniedException("/home/me/model.mnx")))
        .isEqualTo("/home/me/model.mnx: permission denied");
  }

  @Test
  void theReasonAloneLeavesOutTheFileForMessagesThatNameItAlready() {
    assertThat(ErrorMessages.reason(new AccessDeniedException("/home/me/model.mnx")))
        .isEqualTo("permission denied");
    assertThat(
            ErrorMessages.reason(
                new CompletionException(
                    new FileSystemException("/m.mnx", null, "No space left on device"))))
        .isEqualTo("no space left on device");
    assertThat(ErrorMessages.reason(new IOException("Stream closed"))).isEqualTo("Stream closed");
  }

  @Test
  void aMissingFileReadsFileNotFoundEvenInsideAFuture(@TempDir Path dir) {
    Path missing = dir.resolve("missing.mnx");
    IOException real = null;
    try {
      Files.readAllBytes(missing);
    } catch (IOException e) {
      real = e;
    }

    assertThat(ErrorMessages.message(new CompletionException(new UncheckedIOException(real))))
        .isEqualTo(missing + ": file not found");
  }

  @Test
  void theSystemsOwnReasonIsKept() {
    FileSystemException full =
        new FileSystemException("/out/model.mnx", null, "No space left on device");

    assertThat(ErrorMessages.message(full)).isEqualTo("/out/model.mnx: no space left on device");
  }

  @Test
  void aReasonOurCodeWroteIsKept() {
    NoSuchFileException ours =
        new NoSuchFileException("a.png", null, "file not found, expected a PNG");

    assertThat(ErrorMessages.message(ours)).isEqualTo("a.png: file not found, expected a PNG");
  }

  @Test
  void networkFailuresReadNoInternetConnection() {
    assertThat(ErrorMessages.message(new UnknownHostException("storage.googleapis.com")))
        .isEqualTo("no internet connection (cannot reach storage.googleapis.com)");
    ConnectException unresolved = new ConnectException();
    unresolved.initCause(new UnresolvedAddressException());
    assertThat(ErrorMessages.message(unresolved)).startsWith("no internet connection");
    assertThat(ErrorMessages.message(new ConnectException())).startsWith("no internet connection");
    assertThat(ErrorMessages.message(new HttpConnectTimeoutException("HTTP connect timed out")))
        .isEqualTo("the connection timed out");
  }

  @Test
  void bugsSayInternalErrorNotTheirClassOrJavaWording() {
    assertThat(ErrorMessages.message(new NullPointerException("Cannot invoke \"String.length()\"")))
        .isEqualTo(ErrorMessages.INTERNAL);
    assertThat(ErrorMessages.message(new IllegalStateException()))
        .isEqualTo(ErrorMessages.INTERNAL);
  }

  @Test
  void ordinaryMessagesPassThrough() {
    assertThat(ErrorMessages.message(new IOException("a.idx: file ends at byte 16")))
        .isEqualTo("a.idx: file ends at byte 16");
  }
}
