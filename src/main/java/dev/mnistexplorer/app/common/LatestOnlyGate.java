package dev.mnistexplorer.app.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Sends requests to a slow service one at a time, keeping only the newest waiting request: while
 * one is in flight, a new input replaces any input still waiting, and it is sent when the answer
 * arrives. Drawing makes dozens of requests a second; this keeps the network busy with the latest
 * drawing only, and the last answer shown is always the newest input's.
 *
 * <p>Meant for one thread (the JavaFX thread), where answers are handed over on {@code fx}. The
 * methods are synchronized all the same (uncontended there) because with a direct executor, as in
 * tests, answers arrive on the service's thread.
 *
 * @param <I> the input
 * @param <O> the answer
 */
public final class LatestOnlyGate<I, O> {
  private final Function<I, CompletableFuture<O>> service;
  private final Executor fx;
  private final BiConsumer<I, O> onAnswer;
  private final Consumer<Throwable> onError;
  private boolean inFlight;
  private I waiting;
  private int generation;
  private CompletableFuture<Void> idle = CompletableFuture.completedFuture(null);

  public LatestOnlyGate(
      Function<I, CompletableFuture<O>> service,
      Executor fx,
      BiConsumer<I, O> onAnswer,
      Consumer<Throwable> onError) {
    this.service = service;
    this.fx = fx;
    this.onAnswer = onAnswer;
    this.onError = onError;
  }

  /** Sends {@code input} now, or after the request in flight (replacing any waiting input). */
  public synchronized void submit(I input) {
    if (idle.isDone()) {
      idle = new CompletableFuture<>();
    }
    if (inFlight) {
      waiting = input;
    } else {
      send(input);
    }
  }

  /** Drops the waiting input and ignores the answer in flight (e.g. the pad was cleared). */
  public synchronized void cancel() {
    waiting = null;
    generation++;
    if (!inFlight) {
      idle.complete(null);
    }
  }

  /** Completes when nothing is in flight or waiting (at once if so now). */
  public synchronized CompletableFuture<Void> whenIdle() {
    return idle;
  }

  private void send(I input) {
    inFlight = true;
    int sentIn = generation;
    CompletableFuture<O> answer;
    try {
      answer = service.apply(input);
    } catch (RuntimeException e) {
      answer = CompletableFuture.failedFuture(e);
    }
    answer.whenCompleteAsync((result, error) -> arrived(input, sentIn, result, error), fx);
  }

  private synchronized void arrived(I input, int sentIn, O result, Throwable error) {
    inFlight = false;
    if (sentIn == generation) {
      if (error != null) {
        onError.accept(error);
      } else {
        onAnswer.accept(input, result);
      }
    }
    I next = waiting;
    waiting = null;
    if (next != null) {
      send(next);
    } else {
      idle.complete(null);
    }
  }
}
