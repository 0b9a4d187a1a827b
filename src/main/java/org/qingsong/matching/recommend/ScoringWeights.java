package org.qingsong.matching.recommend;

/**
 * The weights of the score's parts. The score is the weighted mean of the parts' values, so it lies
 * between 0 and 1 and a part's contribution is {@code weight × value / sum of weights}.
 */
public record ScoringWeights(
    double occupation, double distance, double pay, double hours, double priority) {
  public static final ScoringWeights DEFAULT = new ScoringWeights(0.35, 0.25, 0.2, 0.1, 0.1);

  public ScoringWeights {
    double[] all = {occupation, distance, pay, hours, priority};
    double sum = 0;
    for (double w : all) {
      if (Double.isNaN(w) || w < 0 || w > 100) {
        throw new IllegalArgumentException("weights must be between 0 and 100, was " + w);
      }
      sum += w;
    }
    if (sum <= 0) {
      throw new IllegalArgumentException("at least one weight must be above 0");
    }
  }

  public double of(Part part) {
    return switch (part) {
      case OCCUPATION -> occupation;
      case DISTANCE -> distance;
      case PAY -> pay;
      case HOURS -> hours;
      case PRIORITY -> priority;
    };
  }

  public double sum() {
    return occupation + distance + pay + hours + priority;
  }

  /** Weights in part order, divided by their sum. */
  public double[] normalised() {
    double s = sum();
    double[] out = new double[Part.COUNT];
    for (Part p : Part.values()) {
      out[p.ordinal()] = of(p) / s;
    }
    return out;
  }
}
