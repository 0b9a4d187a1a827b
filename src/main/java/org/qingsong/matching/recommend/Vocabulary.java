package org.qingsong.matching.recommend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Interns strings (occupation codes, groups, certificate names) as small dense ints. */
public final class Vocabulary {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> names = new ArrayList<>();

  public synchronized int id(String name) {
    Integer id = ids.get(name);
    if (id == null) {
      id = names.size();
      ids.put(name, id);
      names.add(name);
    }
    return id;
  }

  /** The id of a known name, or -1. */
  public synchronized int find(String name) {
    Integer id = ids.get(name);
    return id == null ? -1 : id;
  }

  public synchronized String name(int id) {
    return names.get(id);
  }

  public synchronized int size() {
    return names.size();
  }
}
