package org.qingsong.matching.recommend;

import java.util.Arrays;

/**
 * Postings as parallel primitive arrays (structure of arrays): loaded once, read by every scoring
 * thread without allocation. Build with {@link #builder}; rows are addressed by index.
 */
public final class PostingTable {
  private static final int[] NONE = new int[0];

  final long[] id;
  final int[] occupation;
  final int[] group;
  final double[] lat;
  final double[] lng;
  final long[] payMinMonth;
  final long[] payMaxMonth;
  final int[] weeklyHours;
  final int[] kind;
  final int[] relaxations;
  final int[][] certificates;
  final boolean[] open;
  final int size;

  private PostingTable(Builder b) {
    size = b.size;
    id = Arrays.copyOf(b.id, size);
    occupation = Arrays.copyOf(b.occupation, size);
    group = Arrays.copyOf(b.group, size);
    lat = Arrays.copyOf(b.lat, size);
    lng = Arrays.copyOf(b.lng, size);
    payMinMonth = Arrays.copyOf(b.payMinMonth, size);
    payMaxMonth = Arrays.copyOf(b.payMaxMonth, size);
    weeklyHours = Arrays.copyOf(b.weeklyHours, size);
    kind = Arrays.copyOf(b.kind, size);
    relaxations = Arrays.copyOf(b.relaxations, size);
    certificates = Arrays.copyOf(b.certificates, size);
    open = Arrays.copyOf(b.open, size);
  }

  public static Builder builder(int expected) {
    return new Builder(Math.max(16, expected));
  }

  public int size() {
    return size;
  }

  public long id(int row) {
    return id[row];
  }

  public int occupation(int row) {
    return occupation[row];
  }

  public int group(int row) {
    return group[row];
  }

  public double lat(int row) {
    return lat[row];
  }

  public double lng(int row) {
    return lng[row];
  }

  public int kind(int row) {
    return kind[row];
  }

  public int relaxations(int row) {
    return relaxations[row];
  }

  public int weeklyHours(int row) {
    return weeklyHours[row];
  }

  public long payMaxMonth(int row) {
    return payMaxMonth[row];
  }

  public int[] certificates(int row) {
    return certificates[row];
  }

  /** Adds rows one by one; arrays grow by half when full. */
  public static final class Builder {
    private long[] id;
    private int[] occupation;
    private int[] group;
    private double[] lat;
    private double[] lng;
    private long[] payMinMonth;
    private long[] payMaxMonth;
    private int[] weeklyHours;
    private int[] kind;
    private int[] relaxations;
    private int[][] certificates;
    private boolean[] open;
    private int size;

    private Builder(int capacity) {
      id = new long[capacity];
      occupation = new int[capacity];
      group = new int[capacity];
      lat = new double[capacity];
      lng = new double[capacity];
      payMinMonth = new long[capacity];
      payMaxMonth = new long[capacity];
      weeklyHours = new int[capacity];
      kind = new int[capacity];
      relaxations = new int[capacity];
      certificates = new int[capacity][];
      open = new boolean[capacity];
    }

    /**
     * One posting. {@code kind} is a one-bit mask ({@code 1 << kind ordinal}); {@code weeklyHours}
     * 0 means not stated; {@code certificates} are vocabulary ids (any order).
     */
    public Builder add(
        long postingId,
        int occupationId,
        int groupId,
        double latitude,
        double longitude,
        long payMinMonthFen,
        long payMaxMonthFen,
        int hours,
        int kindBit,
        int relaxationMask,
        int[] certificateIds,
        boolean isOpen) {
      if (size == id.length) {
        grow(size + (size >> 1) + 16);
      }
      id[size] = postingId;
      occupation[size] = occupationId;
      group[size] = groupId;
      lat[size] = latitude;
      lng[size] = longitude;
      payMinMonth[size] = payMinMonthFen;
      payMaxMonth[size] = payMaxMonthFen;
      weeklyHours[size] = hours;
      kind[size] = kindBit;
      relaxations[size] = relaxationMask;
      if (certificateIds == null || certificateIds.length == 0) {
        certificates[size] = NONE;
      } else {
        int[] sorted = certificateIds.clone();
        Arrays.sort(sorted);
        certificates[size] = sorted;
      }
      open[size] = isOpen;
      size++;
      return this;
    }

    private void grow(int capacity) {
      id = Arrays.copyOf(id, capacity);
      occupation = Arrays.copyOf(occupation, capacity);
      group = Arrays.copyOf(group, capacity);
      lat = Arrays.copyOf(lat, capacity);
      lng = Arrays.copyOf(lng, capacity);
      payMinMonth = Arrays.copyOf(payMinMonth, capacity);
      payMaxMonth = Arrays.copyOf(payMaxMonth, capacity);
      weeklyHours = Arrays.copyOf(weeklyHours, capacity);
      kind = Arrays.copyOf(kind, capacity);
      relaxations = Arrays.copyOf(relaxations, capacity);
      certificates = Arrays.copyOf(certificates, capacity);
      open = Arrays.copyOf(open, capacity);
    }

    public PostingTable build() {
      return new PostingTable(this);
    }
  }
}
