package dev.mnistexplorer.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class MlThreadTest {
  private MlThread ml;

  @BeforeEach
  void startThread() {
    ml = new MlThread("test-ml");
  }

  @AfterEach
  void stopThread() {
    ml.close();
  }

  @Test
  void tasksRunInSubmissionOrderOnOneNamedDaemonThread() {
    List<Integer> order = new ArrayList<>(); // touched on the ML thread only
    List<Thread> threads = new ArrayList<>();
    List<CompletableFuture<Integer>> futures = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int index = i;
      futures.add(
          ml.submit(
              () -> {
                order.add(index);
                threads.add(Thread.currentThread());
                return index;
              }));
    }
    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();

    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      expected.add(i);
    }
    assertThat(order).isEqualTo(expected);
    assertThat(threads).hasSize(200).allSatisfy(t -> assertThat(t).isSameAs(threads.get(0)));
    assertThat(threads.get(0).getName()).isEqualTo("test-ml");
    assertThat(threads.get(0).isDaemon()).isTrue();
    assertThat(threads.get(0)).isNotSameAs(Thread.currentThread());
  }

  @Test
  void runPendingFromAnotherThreadIsRefused() {
    assertThat(ml.isCurrentThread()).isFalse();
    assertThatThrownBy(() -> ml.runPending())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test-ml");
  }

  @Test
  void runPendingInsideALongTaskRunsTheTasksQueuedMeanwhileInOrder() throws Exception {
    CountDownLatch queued = new CountDownLatch(1);
    List<String> log = new ArrayList<>(); // touched on the ML thread only
    CompletableFuture<List<String>> longTask =
        ml.submit(
            () -> {
              log.add("long task starts");
              assertThat(queued.await(20, TimeUnit.SECONDS)).isTrue();
              ml.runPending();
              log.add("long task ends");
              return List.copyOf(log);
            });
    CompletableFuture<Boolean> first = ml.submit(() -> log.add("first"));
    CompletableFuture<Boolean> second = ml.submit(() -> log.add("second"));
    queued.countDown();

    assertThat(longTask.get(20, TimeUnit.SECONDS))
        .containsExactly("long task starts", "first", "second", "long task ends");
    assertThat(first).isCompleted();
    assertThat(second).isCompleted();
  }

  @Test
  void aFailingTaskFailsItsFutureAndTheThreadKeepsWorking() {
    CompletableFuture<Object> failing =
        ml.submit(
            () -> {
              throw new IllegalArgumentException("boom");
            });
    CompletableFuture<String> next = ml.submit(() -> "still alive");

    assertThatThrownBy(failing::join).hasCauseInstanceOf(IllegalArgumentException.class);
    assertThat(next.join()).isEqualTo("still alive");
  }

  @Test
  void isCurrentThreadIsTrueOnlyOnTheMlThread() {
    assertThat(ml.submit(ml::isCurrentThread).join()).isTrue();
    assertThat(ml.isCurrentThread()).isFalse();
  }
}
