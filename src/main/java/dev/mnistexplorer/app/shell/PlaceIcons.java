package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.Place;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** Each place's icon, the same on its navigation button and its View menu item. */
final class PlaceIcons {
  private PlaceIcons() {}

  static Ikon of(Place place) {
    return switch (place) {
      case DATASET -> MaterialDesignV.VIEW_GRID_OUTLINE;
      case NETWORK -> MaterialDesignG.GRAPH_OUTLINE;
      case TRAIN -> MaterialDesignC.CHART_LINE;
      case PREDICT -> MaterialDesignD.DRAW;
      case EVALUATE -> MaterialDesignT.TABLE_LARGE;
      case INSPECT -> MaterialDesignM.MAGNIFY_SCAN;
    };
  }
}
