package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.dataset.DatasetModel;
import dev.mnistexplorer.app.dataset.MyDigitsModel;
import dev.mnistexplorer.app.evaluate.EvaluateModel;
import dev.mnistexplorer.app.inspect.InspectModel;
import dev.mnistexplorer.app.network.NetworkModel;
import dev.mnistexplorer.app.predict.PredictModel;
import dev.mnistexplorer.app.predict.WhyModel;
import dev.mnistexplorer.app.training.TrainingModel;

/**
 * The places' models, made together: the state and commands of every place, whether or not its view
 * has been built. The shell and the scripted modes reach them here without asking the places.
 */
record PlaceModels(
    DatasetModel dataset,
    MyDigitsModel myDigits,
    NetworkModel network,
    TrainingModel training,
    PredictModel predict,
    WhyModel why,
    EvaluateModel evaluate,
    InspectModel inspect) {

  /** Every place's model, listening to {@code context}'s shared state from now on. */
  static PlaceModels of(AppContext context) {
    // In the order the shared state's listeners have always been added in.
    DatasetModel dataset = new DatasetModel(context);
    MyDigitsModel myDigits = new MyDigitsModel(context);
    NetworkModel network = new NetworkModel(context.state(), context.navigator());
    TrainingModel training = new TrainingModel(context);
    PredictModel predict = new PredictModel(context);
    WhyModel why = new WhyModel(context, predict);
    return new PlaceModels(
        dataset,
        myDigits,
        network,
        training,
        predict,
        why,
        new EvaluateModel(context),
        new InspectModel(context));
  }
}
