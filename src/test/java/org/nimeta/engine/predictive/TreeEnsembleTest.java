package org.nimeta.engine.predictive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The XGBoost JSON reader and its evaluation rule on a two-tree model written by hand. */
class TreeEnsembleTest {
  /** Tree 0 splits feature 0 at 0.1 (missing goes right); tree 1 splits feature 1 at 2 (missing goes left). */
  private static final String MODEL = """
      {"learner": {"learner_model_param": {"base_score": "5E-1", "num_class": "0", "num_feature": "2",
        "num_target": "1"},
       "gradient_booster": {"name": "gbtree", "model": {"trees": [
         {"left_children": [1, -1, -1], "right_children": [2, -1, -1], "split_indices": [0, 0, 0],
          "split_conditions": [0.1, 0.25, -0.125], "default_left": [0, 0, 0], "split_type": [0, 0, 0]},
         {"left_children": [1, -1, -1], "right_children": [2, -1, -1], "split_indices": [1, 0, 0],
          "split_conditions": [2.0, 1e-8, 3.0], "default_left": [1, 0, 0], "split_type": [0, 0, 0]}]}}}}
      """;

  private static TreeEnsemble model() {
    return TreeEnsemble.read(new ByteArrayInputStream(MODEL.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsTheTrees() {
    assertEquals(2, model().treeCount());
    assertEquals(2, model().featureCount());
  }

  @Test
  void aFeatureBelowTheSplitGoesLeft() {
    assertEquals(0.5f + 0.25f + 3.0f, model().predict(new double[] {0.0, 2.0}));
    assertEquals(0.5f - 0.125f + 1e-8f, model().predict(new double[] {0.2, 1.0}));
  }

  /** 0.1 as a double is below the split's float32 0.1 (a double comparison goes left); as a float32 it is equal and goes right. */
  @Test
  void featuresAreComparedAsFloat32() {
    assertEquals(0.5f - 0.125f + 3.0f, model().predict(new double[] {0.1, 5.0}));
    assertEquals(0.5f - 0.125f + 3.0f, model().predict(new double[] {0.09999999999, 5.0}));
  }

  @Test
  void aMissingFeatureFollowsDefaultLeft() {
    assertEquals(0.5f - 0.125f + 1e-8f, model().predict(new double[] {Double.NaN, Double.NaN}));
  }

  /**
   * Two single-leaf trees of 2^-25 each: added one by one to 0.5 in float32, each is half an ulp
   * and rounds away (to even); summed in double first, they make 0.5 + 2^-24, a float32 of its own.
   */
  @Test
  void leavesAreAddedInFloat32() {
    String leaf = "{\"left_children\": [-1], \"right_children\": [-1], \"split_indices\": [0], "
        + "\"split_conditions\": [2.98023223876953125E-8], \"default_left\": [0], \"split_type\": [0]}";
    String json = "{\"learner\": {\"learner_model_param\": {\"base_score\": \"5E-1\", \"num_feature\": \"1\"}, "
        + "\"gradient_booster\": {\"name\": \"gbtree\", \"model\": {\"trees\": [" + leaf + ", " + leaf + "]}}}}";
    TreeEnsemble twoLeaves = TreeEnsemble.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertEquals(0.5f, twoLeaves.predict(new double[] {0}));
    assertEquals(true, (float) (0.5 + 2 * Math.pow(2, -25)) != 0.5f);
  }

  @Test
  void refusesTheWrongNumberOfFeatures() {
    assertThrows(IllegalArgumentException.class, () -> model().predict(new double[] {1}));
  }
}
