package dev.mnistexplorer;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.mnistexplorer.app.archbad.AppThatSeesDjl;
import dev.mnistexplorer.app.archbad.LabelHoldingModel;
import dev.mnistexplorer.app.archbad.ModelWatchingView;
import dev.mnistexplorer.app.archbad.PropertyText;
import dev.mnistexplorer.app.archbad.ShellThatRunsTheBench;
import dev.mnistexplorer.app.archbad.StageHoldingDraft;
import dev.mnistexplorer.app.dataset.Split;
import dev.mnistexplorer.app.predict.archbad.PredictThatReadsTheDataset;
import dev.mnistexplorer.cli.archbad.CliThatPaints;
import dev.mnistexplorer.core.archbad.CoreThatPaints;
import org.junit.jupiter.api.Test;

/**
 * The layering the design promises: a core without UI, a command line without JavaFX, DJL kept
 * inside the core packages that need it, one ML thread, and no stray System.exit.
 */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.mnistexplorer");

  static final ArchRule CORE_HAS_NO_UI =
      noClasses()
          .that()
          .resideInAPackage("dev.mnistexplorer.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "javafx..", "org.controlsfx..", "dev.mnistexplorer.app..", "dev.mnistexplorer.cli..");

  static final ArchRule CLI_HAS_NO_JAVAFX =
      noClasses()
          .that()
          .resideInAPackage("dev.mnistexplorer.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..", "org.controlsfx..", "dev.mnistexplorer.app..")
          .allowEmptyShould(true);

  static final ArchRule ONLY_MAIN_AND_THE_SHELL_EXIT =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName("dev.mnistexplorer.Main")
          .and()
          .resideOutsideOfPackage("dev.mnistexplorer.app.shell..")
          .should()
          .callMethod(System.class, "exit", int.class)
          .orShould()
          .callMethod(Runtime.class, "exit", int.class)
          .orShould()
          .callMethod(Runtime.class, "halt", int.class);

  static final ArchRule NO_HAND_MADE_THREADS =
      noClasses()
          .should()
          .callConstructorWhere(target(owner(assignableTo(Thread.class))))
          .because("DJL work belongs on the MlThread and other work on executors");

  static final ArchRule DJL_STAYS_IN_THE_CORE =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "dev.mnistexplorer.core.network..",
              "dev.mnistexplorer.core.training..",
              "dev.mnistexplorer.core.engine..",
              "dev.mnistexplorer.core.service..",
              "dev.mnistexplorer.core.store..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("ai.djl..");

  static final ArchRule APP_AND_CLI_DO_NOT_SEE_DJL =
      noClasses()
          .that()
          .resideInAnyPackage("dev.mnistexplorer.app..", "dev.mnistexplorer.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("ai.djl..")
          .allowEmptyShould(true);

  /**
   * The model side of every feature: its {@code …Model}, the shared {@code …State}, the drafts and
   * text formatters the models use, and the hand-over helpers they run on.
   */
  static final ArchRule UI_MODELS_HOLD_NO_NODES =
      noClasses()
          .that()
          .resideInAPackage("dev.mnistexplorer.app..")
          .and()
          .haveNameMatching(
              ".*\\.(\\w*(Model|State|Draft|Text)|LatestOnlyGate|FxCoalescer|FxTrainingRelay)"
                  + "(\\$[\\w$]*)?")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx.scene..", "javafx.stage..")
          .because(
              "UI models are tested without the JavaFX toolkit (house style: MVC per feature)");

  /**
   * A place's view builds nodes and lays them out; its controller binds it to the model. A view
   * that reached for a model or the context would bind itself, and the shape would split again.
   */
  static final ArchRule VIEWS_SEE_NO_MODEL =
      noClasses()
          .that()
          .resideInAPackage("dev.mnistexplorer.app..")
          .and()
          .haveSimpleNameEndingWith("View")
          .should()
          .dependOnClassesThat()
          .haveNameMatching(".*\\.(\\w*Model|AppContext|SharedState|\\w*Controller)")
          .because("the controller binds the view to the model (docs/architecture.md)");

  /** The sentences a place shows are pure functions, tested without the toolkit. */
  static final ArchRule TEXTS_ARE_PLAIN_FUNCTIONS =
      noClasses()
          .that()
          .resideInAPackage("dev.mnistexplorer.app..")
          .and()
          .haveSimpleNameEndingWith("Text")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx..")
          .because("presentation text is tested without the toolkit (docs/architecture.md)");

  /**
   * Each place (dataset, network, training, predict, evaluate) talks to the others only through the
   * shared state and the navigator in {@code app.common}; the shell and the scripted modes, which
   * put the places together, may see them all.
   */
  static final ArchRule FEATURES_DO_NOT_DEPEND_ON_EACH_OTHER =
      slices()
          .matching("dev.mnistexplorer.app.(*)..")
          .namingSlices("app.$1")
          .should()
          .notDependOnEachOther()
          .ignoreDependency(
              resideInAnyPackage(
                  "dev.mnistexplorer.app.shell..", "dev.mnistexplorer.app.scripted.."),
              alwaysTrue())
          .ignoreDependency(alwaysTrue(), resideInAPackage("dev.mnistexplorer.app.common.."))
          .because("a place is changed without touching the others (house style: MVC per feature)");

  /**
   * The screenshots and the UI benchmark drive the app through {@code AppDriver}; only the entry
   * point picks them, so the app works the same without them.
   */
  static final ArchRule NOTHING_DEPENDS_ON_THE_SCRIPTED_MODES =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.mnistexplorer.app.scripted..")
          .and()
          .doNotHaveFullyQualifiedName("dev.mnistexplorer.Main")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.mnistexplorer.app.scripted..")
          .because("the scripted modes drive the app, never the other way round");

  @Test
  void featuresDoNotDependOnEachOther() {
    FEATURES_DO_NOT_DEPEND_ON_EACH_OTHER.check(MAIN);
  }

  @Test
  void nothingButTheEntryPointDependsOnTheScriptedModes() {
    NOTHING_DEPENDS_ON_THE_SCRIPTED_MODES.check(MAIN);
  }

  @Test
  void viewsSeeNoModel() {
    VIEWS_SEE_NO_MODEL.check(MAIN);
  }

  @Test
  void textsAreToolkitFree() {
    TEXTS_ARE_PLAIN_FUNCTIONS.check(MAIN);
  }

  @Test
  void uiModelsHoldNoNodesOrStages() {
    UI_MODELS_HOLD_NO_NODES.check(MAIN);
  }

  @Test
  void theCoreDependsOnNoUserInterface() {
    CORE_HAS_NO_UI.check(MAIN);
  }

  @Test
  void theCommandLineDependsNeitherOnJavaFxNorOnTheApp() {
    CLI_HAS_NO_JAVAFX.check(MAIN);
  }

  @Test
  void onlyMainAndTheAppShellMayEndTheProcess() {
    ONLY_MAIN_AND_THE_SHELL_EXIT.check(MAIN);
  }

  @Test
  void noClassStartsThreadsByHand() {
    NO_HAND_MADE_THREADS.check(MAIN);
  }

  @Test
  void djlTypesAreUsedOnlyInTheCorePackagesThatNeedThem() {
    DJL_STAYS_IN_THE_CORE.check(MAIN);
  }

  @Test
  void theAppAndTheCommandLineSeeNoDjlType() {
    APP_AND_CLI_DO_NOT_SEE_DJL.check(MAIN);
  }

  @Test
  void theRulesCatchTheViolationsTheyAreMeantFor() {
    JavaClasses offenders = new ClassFileImporter().importClasses(Offenders.class);

    assertThat(NO_HAND_MADE_THREADS.evaluate(offenders).hasViolation()).isTrue();
    assertThat(ONLY_MAIN_AND_THE_SHELL_EXIT.evaluate(offenders).hasViolation()).isTrue();
    assertThat(DJL_STAYS_IN_THE_CORE.evaluate(offenders).hasViolation()).isTrue();
  }

  @Test
  void thePackageRulesCatchOffendersInTheirPackages() {
    assertThat(violates(CORE_HAS_NO_UI, CoreThatPaints.class)).isTrue();
    assertThat(violates(CLI_HAS_NO_JAVAFX, CliThatPaints.class)).isTrue();
    assertThat(violates(APP_AND_CLI_DO_NOT_SEE_DJL, AppThatSeesDjl.class)).isTrue();
    assertThat(violates(UI_MODELS_HOLD_NO_NODES, LabelHoldingModel.class)).isTrue();
    assertThat(violates(UI_MODELS_HOLD_NO_NODES, StageHoldingDraft.class)).isTrue();
    assertThat(violates(VIEWS_SEE_NO_MODEL, ModelWatchingView.class)).isTrue();
    assertThat(violates(TEXTS_ARE_PLAIN_FUNCTIONS, PropertyText.class)).isTrue();
    assertThat(violates(NOTHING_DEPENDS_ON_THE_SCRIPTED_MODES, ShellThatRunsTheBench.class))
        .isTrue();
    assertThat(
            FEATURES_DO_NOT_DEPEND_ON_EACH_OTHER
                .evaluate(
                    new ClassFileImporter()
                        .importClasses(PredictThatReadsTheDataset.class, Split.class))
                .hasViolation())
        .isTrue();
  }

  private static boolean violates(ArchRule rule, Class<?> offender) {
    return rule.evaluate(new ClassFileImporter().importClasses(offender)).hasViolation();
  }

  @Test
  void theImportSeesTheCore() {
    assertThat(MAIN.contain("dev.mnistexplorer.core.service.ModelService")).isTrue();
    assertThat(MAIN.contain(Offenders.class)).isFalse();
    assertThat(MAIN.contain(LabelHoldingModel.class)).isFalse();
  }

  /** Breaks the rules on purpose, to show the rules can fail. Never run. */
  @SuppressWarnings("unused")
  private static final class Offenders {
    void startThread() {
      new Thread(() -> {}).start();
    }

    void exit() {
      System.exit(1);
    }

    ai.djl.Device device() {
      return ai.djl.Device.cpu();
    }
  }
}
