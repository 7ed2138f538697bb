package dev.mnistexplorer.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.mydigits.MyDigit;
import dev.mnistexplorer.core.mydigits.MyDigitStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** My digits in the dataset browser, without the toolkit. */
class MyDigitsModelTest {
  @TempDir Path temp;
  private AppContext context;
  private MyDigitsModel model;
  private DatasetModel browsing;
  private MyDigitStore store;

  @BeforeEach
  void setUp() throws IOException {
    context = TestContexts.direct(null, new TestContexts.RecordingNavigator());
    context.state().replaceDataset(DatasetLoader.bundledMnist().limit(50, 50));
    model = new MyDigitsModel(context);
    browsing = new DatasetModel(context);
    store = new MyDigitStore(context.folders().myDigits());
  }

  private static MyDigit digit(int label) {
    float[] unit = new float[784];
    Arrays.fill(unit, 100, 300, label / 9f);
    return MyDigit.fromUnit(label, unit, List.of());
  }

  private Dataset shown() {
    return context.state().datasetProperty().get();
  }

  @Test
  void anEmptySetIsShownAsEmptyAndSaysSo() {
    model.show().join();

    assertThat(model.shownProperty().get()).isTrue();
    assertThat(model.emptyProperty().get()).isTrue();
    assertThat(shown().name()).isEqualTo("My digits");
    assertThat(browsing.visibleProperty().get().count()).isZero();
    assertThat(browsing.selectedProperty().get()).isNull();
  }

  @Test
  void savedDigitsAreBrowsedLikeAnyDataset() throws IOException {
    store.add(digit(4));
    store.add(digit(9));

    model.show().join();
    browsing.filterBy(9);

    assertThat(model.countProperty().get()).isEqualTo(2);
    assertThat(model.emptyProperty().get()).isFalse();
    assertThat(browsing.visibleProperty().get().count()).isEqualTo(1);
    assertThat(browsing.selectedProperty().get().index()).isEqualTo(1);
  }

  @Test
  void aFolderNamedMyDigitsIsNotTheLearnersSet() throws IOException {
    store.add(digit(4));
    model.show().join();
    Dataset lookalike = MyDigitStore.dataset(store.load());

    context.state().replaceDataset(lookalike);

    assertThat(model.shownProperty().get()).isFalse();
  }

  @Test
  void deletingAsksFirstThenRemovesTheDigitFromDiskAndGrid() throws IOException {
    store.add(digit(1));
    store.add(digit(2));
    model.show().join();

    model.askDelete(0, 1);
    assertThat(model.pendingDeleteProperty().get())
        .isEqualTo(new MyDigitsModel.PendingDelete(0, 1));
    assertThat(store.load()).hasSize(2);
    model.confirmDelete().join();

    assertThat(store.load()).extracting(MyDigit::label).containsExactly(2);
    assertThat(shown().train().count()).isEqualTo(1);
    assertThat(model.messageProperty().get()).isEqualTo("Deleted a 1 — 1 digit left in My digits");
    assertThat(model.pendingDeleteProperty().get()).isNull();
  }

  @Test
  void keepingLeavesTheDigit() throws IOException {
    store.add(digit(1));
    model.show().join();

    model.askDelete(0, 1);
    model.keep();
    model.confirmDelete().join();

    assertThat(store.load()).hasSize(1);
  }

  @Test
  void aDigitAddedOnPredictAppearsWhileMyDigitsIsShown() throws IOException {
    model.show().join();

    store.add(digit(5));
    context.state().myDigitsChanged();

    assertThat(model.countProperty().get()).isEqualTo(1);
    assertThat(shown().test().label(0)).isEqualTo(5);
    assertThat(model.shownProperty().get()).isTrue();
  }

  @Test
  void exportThenImportIntoAnotherPupilsSet() throws IOException {
    store.add(digit(3));
    store.add(digit(6));
    model.show().join();
    Path folder = temp.resolve("ana");

    model.exportTo(folder).join();
    AppContext other = TestContexts.direct(null, new TestContexts.RecordingNavigator());
    MyDigitsModel pupil = new MyDigitsModel(other);
    pupil.importFrom(folder).join();

    assertThat(model.messageProperty().get()).startsWith("Exported 2 digits to " + folder);
    assertThat(pupil.messageProperty().get()).isEqualTo("Imported 2 digits from " + folder);
    assertThat(other.state().datasetProperty().get().train().count()).isEqualTo(2);
  }

  @Test
  void anImportWithAWrongLabelSaysWhichFileAndAddsNothing() throws IOException {
    Path folder = IdxFiles.writeDataset(temp.resolve("ben"), 5, 5);
    byte[] labels = Files.readAllBytes(folder.resolve("train-labels-idx1-ubyte"));
    labels[8 + 3] = 42;
    Files.write(folder.resolve("train-labels-idx1-ubyte"), labels);

    model.importFrom(folder).join();

    assertThat(model.failedProperty().get()).isTrue();
    assertThat(model.messageProperty().get())
        .startsWith("Could not import " + folder)
        .contains("train-labels-idx1-ubyte")
        .contains("found 42 at index 3");
    assertThat(store.load()).isEmpty();
  }
}
