package org.nimeta.engine.predictive;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A regression tree ensemble read from XGBoost's JSON model format ({@code Booster.save_model}
 * with a {@code .json} name): a gradient-boosted {@code gbtree} with numerical splits and one
 * target. A prediction is evaluated as XGBoost's CPU predictor does, so that it agrees to the last
 * bit of a float32: the features are cast to float32, a node sends a feature left when it is
 * below the node's split condition (and a missing feature, NaN, the way {@code default_left}
 * says), and the leaves are added one tree after another to {@code base_score} in float32.
 */
public final class TreeEnsemble {
  private final float baseScore;
  private final int featureCount;
  private final List<Tree> trees;

  private TreeEnsemble(float baseScore, int featureCount, List<Tree> trees) {
    this.baseScore = baseScore;
    this.featureCount = featureCount;
    this.trees = List.copyOf(trees);
  }

  /** Reads a model from XGBoost's JSON format; the stream is closed. */
  public static TreeEnsemble read(InputStream json) {
    try (json) {
      // Decimals are kept as written, so each float32 is parsed from its own digits, not via a double.
      ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
      JsonNode learner = mapper.readTree(json).path("learner");
      JsonNode params = learner.path("learner_model_param");
      if (!"0".equals(params.path("num_class").asText("0")) || !"1".equals(params.path("num_target").asText("1"))) {
        throw new IllegalArgumentException("only single-target regression models are supported");
      }
      JsonNode booster = learner.path("gradient_booster");
      if (!"gbtree".equals(booster.path("name").asText())) {
        throw new IllegalArgumentException("only gbtree models are supported, not " + booster.path("name"));
      }
      List<Tree> trees = new ArrayList<>();
      for (JsonNode tree : booster.path("model").path("trees")) {
        trees.add(Tree.of(tree));
      }
      return new TreeEnsemble(Float.parseFloat(params.path("base_score").asText()),
          params.path("num_feature").asInt(), trees);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a model stored on the classpath next to this class. */
  public static TreeEnsemble resource(String name) {
    InputStream in = TreeEnsemble.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("model " + name + " is not on the classpath");
    }
    return read(in);
  }

  public int featureCount() {
    return featureCount;
  }

  public int treeCount() {
    return trees.size();
  }

  /** The prediction for one row of features (NaN is a missing feature), as XGBoost's float32. */
  public float predict(double[] features) {
    if (features.length != featureCount) {
      throw new IllegalArgumentException("the model reads " + featureCount + " features, not " + features.length);
    }
    float[] row = new float[features.length];
    for (int f = 0; f < row.length; f++) {
      row[f] = (float) features[f];
    }
    float sum = baseScore;
    for (Tree tree : trees) {
      sum += tree.leaf(row);
    }
    return sum;
  }

  /** One tree in XGBoost's flat arrays; a leaf's value is held in its split condition. */
  private record Tree(int[] left, int[] right, int[] feature, float[] condition, boolean[] defaultLeft) {
    static Tree of(JsonNode node) {
      for (JsonNode type : node.path("split_type")) {
        if (type.asInt() != 0) {
          throw new IllegalArgumentException("categorical splits are not supported");
        }
      }
      int[] left = ints(node.path("left_children"));
      boolean[] defaultLeft = new boolean[left.length];
      int i = 0;
      for (JsonNode d : node.path("default_left")) {
        defaultLeft[i++] = d.asInt() != 0;
      }
      float[] condition = new float[left.length];
      i = 0;
      for (JsonNode c : node.path("split_conditions")) {
        condition[i++] = Float.parseFloat(c.asText());
      }
      return new Tree(left, ints(node.path("right_children")), ints(node.path("split_indices")), condition,
          defaultLeft);
    }

    private static int[] ints(JsonNode array) {
      int[] out = new int[array.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = array.get(i).asInt();
      }
      return out;
    }

    float leaf(float[] row) {
      int n = 0;
      while (left[n] != -1) {
        float x = row[feature[n]];
        boolean goLeft = Float.isNaN(x) ? defaultLeft[n] : x < condition[n];
        n = goLeft ? left[n] : right[n];
      }
      return condition[n];
    }
  }
}
