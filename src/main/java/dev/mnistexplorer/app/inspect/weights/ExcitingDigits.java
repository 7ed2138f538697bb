package dev.mnistexplorer.app.inspect.weights;

import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.inspect.Excitation;
import java.util.List;

/**
 * The test digits that excite one unit most, with the dataset their indices refer to.
 *
 * @param unit the unit, counted from 0
 * @param dataset the dataset whose test split the digits come from
 * @param digits strongest first
 * @param weightsVersion the weights version they were computed for
 */
record ExcitingDigits(int unit, Dataset dataset, List<Excitation> digits, long weightsVersion) {

  ExcitingDigits {
    digits = List.copyOf(digits);
  }

  /** The pixels of the {@code position}-th digit (784 values 0..1, ink high). */
  float[] pixels(int position) {
    return dataset.test().imageUnit(digits.get(position).index());
  }
}
