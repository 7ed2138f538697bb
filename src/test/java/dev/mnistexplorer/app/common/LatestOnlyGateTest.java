package dev.mnistexplorer.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The "latest only" gate between drawing and the network. */
class LatestOnlyGateTest {

  @Test
  void whileOneRequestIsInFlightOnlyTheNewestInputWaits() {
    List<CompletableFuture<String>> inFlight = new ArrayList<>();
    List<Integer> sent = new ArrayList<>();
    List<String> answers = new ArrayList<>();
    LatestOnlyGate<Integer, String> gate =
        new LatestOnlyGate<>(
            input -> {
              sent.add(input);
              CompletableFuture<String> answer = new CompletableFuture<>();
              inFlight.add(answer);
              return answer;
            },
            Runnable::run,
            (input, answer) -> answers.add(answer),
            error -> answers.add("error"));

    for (int input = 1; input <= 5; input++) {
      gate.submit(input);
    }
    assertThat(sent).containsExactly(1);
    inFlight.get(0).complete("answer 1");
    assertThat(sent).containsExactly(1, 5);
    assertThat(gate.whenIdle()).isNotDone();
    inFlight.get(1).complete("answer 5");

    assertThat(answers).containsExactly("answer 1", "answer 5");
    assertThat(gate.whenIdle()).isDone();
  }

  @Test
  void aSlowServiceNeverHasTwoRequestsAndEndsWithTheNewestAnswer() throws Exception {
    ExecutorService service = Executors.newSingleThreadExecutor();
    ExecutorService fx = Executors.newSingleThreadExecutor();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostRunning = new AtomicInteger();
    List<Integer> answers = new ArrayList<>();
    LatestOnlyGate<Integer, Integer> gate =
        new LatestOnlyGate<>(
            input ->
                CompletableFuture.supplyAsync(
                    () -> {
                      mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                      sleep(3);
                      running.decrementAndGet();
                      return input;
                    },
                    service),
            fx,
            (input, answer) -> answers.add(answer),
            error -> {});
    try {
      for (int input = 1; input <= 60; input++) {
        int value = input;
        fx.submit(() -> gate.submit(value)).get();
        sleep(1);
      }
      fx.submit(gate::whenIdle).get().get(5, TimeUnit.SECONDS);
      List<Integer> seen = fx.submit(() -> List.copyOf(answers)).get();

      assertThat(mostRunning.get()).isEqualTo(1);
      assertThat(seen).last().isEqualTo(60);
      assertThat(seen).isSorted();
    } finally {
      service.shutdownNow();
      fx.shutdownNow();
    }
  }

  @Test
  void cancellingIgnoresTheAnswerInFlightAndDropsTheWaitingInput() {
    List<CompletableFuture<String>> inFlight = new ArrayList<>();
    List<String> answers = new ArrayList<>();
    LatestOnlyGate<Integer, String> gate =
        new LatestOnlyGate<>(
            input -> {
              CompletableFuture<String> answer = new CompletableFuture<>();
              inFlight.add(answer);
              return answer;
            },
            Runnable::run,
            (input, answer) -> answers.add(answer),
            error -> answers.add("error"));
    gate.submit(1);
    gate.submit(2);

    gate.cancel();
    inFlight.get(0).complete("stale");

    assertThat(answers).isEmpty();
    assertThat(inFlight).hasSize(1);
    assertThat(gate.whenIdle()).isDone();
  }

  @Test
  void aFailureIsReportedAndTheNextInputStillGoes() {
    List<String> events = new ArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    LatestOnlyGate<Integer, String> gate =
        new LatestOnlyGate<>(
            input ->
                calls.incrementAndGet() == 1
                    ? CompletableFuture.failedFuture(new IllegalStateException("boom"))
                    : CompletableFuture.completedFuture("ok " + input),
            Runnable::run,
            (input, answer) -> events.add(answer),
            error -> events.add("failed"));

    gate.submit(1);
    gate.submit(2);

    assertThat(events).containsExactly("failed", "ok 2");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
